# briefbot: `briefbot serve` (chat bots + schedule) as an unprivileged user, state on a volume.
FROM python:3.12-slim

ENV PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    PIP_NO_CACHE_DIR=1 \
    PIP_DISABLE_PIP_VERSION_CHECK=1

WORKDIR /src
COPY pyproject.toml README.md ./
COPY bot ./bot
COPY briefs ./briefs
COPY seeds ./seeds
RUN pip install '.[chat,postgres]' \
    && useradd --system --create-home --uid 10001 briefbot \
    && mkdir -p /data /briefs \
    && chown briefbot:briefbot /data

USER briefbot
WORKDIR /home/briefbot
ENV BRIEFBOT_STATE=/data/state.sqlite3 \
    BRIEFBOT_BRIEFS=/briefs
VOLUME ["/data"]
EXPOSE 3000 8080

HEALTHCHECK --interval=60s --timeout=15s --start-period=60s --retries=3 \
    CMD ["briefbot", "check", "--alive", "120"]

ENTRYPOINT ["briefbot", "serve"]
CMD ["--host", "0.0.0.0"]
