import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { Logger } from '@nestjs/common';
import type { NestExpressApplication } from '@nestjs/platform-express';
import type { NextFunction, Request, Response } from 'express';

const API_PATHS = /^\/(graphql|health|metrics)(\/|$)/;

/**
 * Serves the built web client at `/` on the API's own port, so a newcomer opens one
 * address. Client-side routes fall back to index.html; API paths are never shadowed.
 */
export function serveWebClient(app: NestExpressApplication, webDist: string | null): void {
  const logger = new Logger('Web');
  if (!webDist) return;
  const index = join(webDist, 'index.html');
  if (!existsSync(index)) {
    logger.warn(`no web client at ${webDist} (build it with \`npm run build\`); serving the API only`);
    return;
  }
  app.useStaticAssets(webDist, { index: false, maxAge: '1h', setHeaders: immutableAssets });
  app.use((req: Request, res: Response, next: NextFunction) => {
    if (req.method !== 'GET' || API_PATHS.test(req.path) || !req.accepts('html')) return next();
    res.setHeader('Cache-Control', 'no-cache');
    res.sendFile(index);
  });
  logger.log(`serving the web client from ${webDist}`);
}

function immutableAssets(res: Response, path: string): void {
  // Vite fingerprints everything under assets/: safe to cache for a year.
  if (/[\\/]assets[\\/]/.test(path)) res.setHeader('Cache-Control', 'public, max-age=31536000, immutable');
}
