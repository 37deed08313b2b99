import 'reflect-metadata';
import { Logger, LogLevel } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import helmet from 'helmet';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { AppModule } from './app.module';
import { AppConfig, ConfigError, loadConfig } from './config/app-config';
import { createValidationPipe } from './graphql/validation';
import { serveWebClient } from './web/serve-web';

const LEVELS: Record<AppConfig['logLevel'], LogLevel[]> = {
  error: ['fatal', 'error'],
  warn: ['fatal', 'error', 'warn'],
  log: ['fatal', 'error', 'warn', 'log'],
  debug: ['fatal', 'error', 'warn', 'log', 'debug'],
};

export async function createApp(config: AppConfig): Promise<NestExpressApplication> {
  const app = await NestFactory.create<NestExpressApplication>(AppModule.forRoot(config), {
    logger: LEVELS[config.logLevel],
    bodyParser: false,
    // Throw instead of exiting, so bootstrap() can say in one line what failed.
    abortOnError: false,
  });
  app.useBodyParser('json', { limit: '1mb' });
  app.useGlobalPipes(createValidationPipe());
  app.disable('x-powered-by');
  // Security headers; the content security policy only in production, where no IDE loads remote scripts.
  app.use(helmet({ contentSecurityPolicy: config.nodeEnv === 'production' ? undefined : false, crossOriginEmbedderPolicy: false }));
  app.set('trust proxy', 'loopback');
  if (config.corsOrigins.length) app.enableCors({ origin: config.corsOrigins, credentials: true });
  serveWebClient(app, config.webDist);
  app.enableShutdownHooks();
  return app;
}

async function bootstrap(): Promise<void> {
  const logger = new Logger('Backlog Studio');
  let config: AppConfig;
  try {
    config = loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(`Configuration error: ${error.message}`);
      process.exit(1);
    }
    throw error;
  }
  if (config.authSecretGenerated) {
    logger.warn('AUTH_SECRET is not set: using a random secret for this process (sessions end on restart). Set it in production.');
  }
  let app: NestExpressApplication;
  try {
    app = await createApp(config);
    await app.listen(config.port);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const where = config.database.engine === 'sqlite' ? config.database.path : 'DATABASE_URL';
    // A failure that names its own variable (REDIS_URL: …) says so; anything else is the database's.
    console.error(/^[A-Z_]+: /.test(message) ? `Start-up failed: ${message}` : `Start-up failed (${config.database.engine} at ${where}): ${message}`);
    process.exit(1);
  }
  const url = (await app.getUrl()).replace('[::1]', 'localhost').replace('127.0.0.1', 'localhost');
  // Printed whatever the log level: scripts and tests wait for this line.
  console.log(`Backlog Studio listening on ${url} (GraphQL at ${url}/graphql, health at ${url}/health)`);
}

if (require.main === module) void bootstrap();
