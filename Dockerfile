# Multi-stage build: `npm ci` (which generates the Prisma client), lint and the tests that need
# nothing beside the project, then a runtime image with production dependencies only, run as a
# non-root user. The acceptance scenarios live beside the project (../shared/acceptance), outside
# the build context, so the tests that replay them run in `.ci/run`, not here.
# The bot applies pending migrations itself at start-up (src/db/migrate.ts); `npm run
# db:migrate` does the same as a separate deployment step.
# Tested on Node 20; Node 22 LTS is the maintained line the image uses.

FROM node:22-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
COPY prisma ./prisma
COPY prisma.config.ts ./
RUN npm ci --ignore-scripts && npx prisma generate --no-hints
COPY . .
RUN npm run lint && npx vitest run --project unit test/config test/domain/numbers test/domain/periods test/domain/text test/domain/questions test/domain/reports

FROM node:22-bookworm-slim AS runtime
ENV NODE_ENV=production DATA_DIR=/data
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --omit=dev --ignore-scripts && npm cache clean --force
COPY --from=build /app/src ./src
COPY --from=build /app/prisma ./prisma
COPY --from=build /app/locales ./locales
COPY --from=build /app/tsconfig.json ./
RUN mkdir -p /data && chown node:node /data
USER node
VOLUME ["/data"]
EXPOSE 8080
CMD ["npm", "start"]
