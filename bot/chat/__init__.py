"""Chat adapters: thin translations between a platform's payloads and briefbot's requests and briefings."""
