"""Text handling: decoding bytes, cleaning pages down to the article, splitting sentences."""
