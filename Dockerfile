# Thicket application image. Node 24 is the current LTS line; the code also runs on Node 20.19+.
# Build stage: full install (Vite and the type checker are dev dependencies), build the client
# and the no-JavaScript renderer.
FROM node:24-bookworm-slim AS build
# The instance root public key (from `npm run admin -- init-root`) is built into the client.
ARG ROOT_PUBLIC_KEY
ENV ROOT_PUBLIC_KEY=${ROOT_PUBLIC_KEY}
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY . .
RUN npm run build

# Runtime stage: production dependencies only, the built client, and the server sources (run by tsx).
FROM node:24-bookworm-slim
ENV NODE_ENV=production HOST=0.0.0.0 PORT=8080 DATA_DIR=/data CLIENT_DIR=/app/dist/client NOJS_DIR=/app/dist/nojs
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --omit=dev --no-audit --no-fund && npm cache clean --force
COPY --from=build /app/dist/client ./dist/client
# The whistleblower pages without JavaScript (Tor Browser "Safest"), rendered by the server.
COPY --from=build /app/dist/nojs ./dist/nojs
COPY server ./server
COPY api ./api
COPY crypto ./crypto
COPY migrations ./migrations
COPY tsconfig.json ./
RUN mkdir -p /data && chown node:node /data
USER node
# PORT (whistleblower surface) and PROSECUTOR_PORT (prosecutor surface), see docs/DEPLOYMENT.md.
EXPOSE 8080 8081
HEALTHCHECK --interval=30s --timeout=5s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:8080/api/health').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"]
CMD ["node_modules/.bin/tsx", "server/main.ts"]
