# Multi-stage build: `npm ci` (which generates the Prisma client), lint, the fast pure tests
# (the whole suite runs in `.ci/run`) and `npm run build`, which compiles src/ to dist/; then a
# runtime image with production dependencies only that runs the compiled JavaScript with plain
# `node`, as a non-root user.
# The bot applies pending migrations itself at start-up (src/db/migrate.ts); `npm run
# db:migrate:prod` (node dist/db/migrate-cli.js) does the same as a separate deployment step.
# Tested on Node 20; Node 22 LTS is the maintained line the image uses.

FROM node:22-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
COPY prisma ./prisma
COPY prisma.config.ts ./
RUN npm ci --ignore-scripts && npx prisma generate --no-hints
COPY . .
RUN npm run lint && npx vitest run --project unit test/config test/domain/numbers test/domain/periods test/domain/text test/domain/questions test/domain/reports
RUN npm run build
# The prepared PGlite image (prisma/pglite-image/): a first start on an empty /data loads it
# instead of running initdb in the bot's process (README, "Performance"). Made with this
# lockfile's PGlite, the runtime's.
RUN npm run db:image

FROM node:22-bookworm-slim AS runtime
ENV NODE_ENV=production DATA_DIR=/data
WORKDIR /app
COPY package.json package-lock.json ./
# Optional dependencies stay (the chart renderer's platform binary, @resvg/resvg-js-<platform>,
# is one); the Prisma CLI and TypeScript, optional peers of @prisma/client that npm installs
# with them, are only development tools here and are removed.
RUN npm ci --omit=dev --ignore-scripts && npm cache clean --force \
  && rm -rf node_modules/prisma node_modules/typescript node_modules/.bin/prisma node_modules/.bin/tsc node_modules/.bin/tsserver
# dist/ keeps src/'s layout, so the paths it resolves from its own files (../../locales,
# ../../prisma/migrations) name these folders.
COPY --from=build /app/dist ./dist
COPY --from=build /app/locales ./locales
COPY --from=build /app/assets ./assets
COPY --from=build /app/prisma/migrations ./prisma/migrations
COPY --from=build /app/prisma/pglite-image ./prisma/pglite-image
RUN mkdir -p /data && chown node:node /data
USER node
VOLUME ["/data"]
EXPOSE 8080
# node itself, not npm, as the container's process: SIGTERM reaches the bot, which finishes
# the updates in flight and closes the database.
CMD ["node", "dist/main.js"]
