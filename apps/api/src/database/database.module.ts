import { Global, Inject, Logger, Module, OnApplicationShutdown } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { APP_CONFIG, AppConfig } from '../config/app-config';
import { createDataSource } from './data-source';
import { Transactions } from './transactions';

@Global()
@Module({
  providers: [
    {
      provide: DataSource,
      inject: [APP_CONFIG],
      useFactory: async (config: AppConfig): Promise<DataSource> => {
        const dataSource = createDataSource(config.database, { debugSql: config.logLevel === 'debug' });
        await dataSource.initialize();
        const where = config.database.engine === 'sqlite' ? config.database.path : 'PostgreSQL';
        new Logger('Database').log(`${config.database.engine} ready (${where}), migrations applied`);
        return dataSource;
      },
    },
    Transactions,
  ],
  exports: [DataSource, Transactions],
})
export class DatabaseModule implements OnApplicationShutdown {
  constructor(@Inject(DataSource) private readonly dataSource: DataSource) {}

  async onApplicationShutdown(): Promise<void> {
    if (this.dataSource.isInitialized) await this.dataSource.destroy();
  }
}
