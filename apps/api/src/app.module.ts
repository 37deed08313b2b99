import { ApolloDriver, ApolloDriverConfig } from '@nestjs/apollo';
import { DynamicModule, Module } from '@nestjs/common';
import { APP_FILTER } from '@nestjs/core';
import { GraphQLModule } from '@nestjs/graphql';
import { AuthModule } from './auth/auth.module';
import { AuthService } from './auth/auth.service';
import { BacklogModule } from './backlog/backlog.module';
import { APP_CONFIG, AppConfig } from './config/app-config';
import { ConfigModule } from './config/config.module';
import { DatabaseModule } from './database/database.module';
import { DemoModule } from './demo/demo.module';
import { GraphqlErrorFilter } from './graphql/error.filter';
import { graphqlOptions } from './graphql/graphql-options';
import { LoadersFactory } from './graphql/loaders';
import { LoadersModule } from './graphql/loaders.module';
import { HealthController } from './health/health.controller';
import { OrderingModule } from './ordering/ordering.module';
import { ProductsModule } from './products/products.module';
import { PracticeModule } from './practice/practice.module';
import { ProgressModule } from './progress/progress.module';
import { VotingModule } from './voting/voting.module';
import { LiveModule } from './live/live.module';
import { RefinementModule } from './refinement/refinement.module';
import { StakeholdersModule } from './stakeholders/stakeholders.module';

@Module({})
export class AppModule {
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: AppModule,
      imports: [
        ConfigModule.forRoot(config),
        DatabaseModule,
        LiveModule,
        AuthModule,
        GraphQLModule.forRootAsync<ApolloDriverConfig>({
          driver: ApolloDriver,
          imports: [LoadersModule],
          inject: [APP_CONFIG, LoadersFactory, AuthService],
          useFactory: (cfg: AppConfig, loaders: LoadersFactory, auth: AuthService) => graphqlOptions(cfg, loaders, auth),
        }),
        ProductsModule,
        BacklogModule,
        OrderingModule,
        StakeholdersModule,
        ProgressModule,
        VotingModule,
        PracticeModule,
        RefinementModule,
        DemoModule,
      ],
      controllers: [HealthController],
      providers: [{ provide: APP_FILTER, useClass: GraphqlErrorFilter }],
    };
  }
}
