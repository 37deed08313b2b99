import { Global, Inject, Injectable, Logger, Module, OnApplicationShutdown } from '@nestjs/common';
import { APP_CONFIG, AppConfig } from '../config/app-config';
import { EventBus, InProcessEventBus, RedisEventBus } from './event-bus';
import { LiveAccess } from './live-access.service';
import { LiveSubscriptions } from './live-subscriptions.service';

@Injectable()
class EventBusCloser implements OnApplicationShutdown {
  constructor(@Inject(EventBus) private readonly bus: EventBus) {}
  async onApplicationShutdown(): Promise<void> {
    await this.bus.close();
  }
}

/** Live events: in-process by default, Redis pub/sub when REDIS_URL is set. */
@Global()
@Module({
  providers: [
    {
      provide: EventBus,
      inject: [APP_CONFIG],
      useFactory: async (config: AppConfig): Promise<EventBus> => {
        if (!config.redisUrl) return new InProcessEventBus();
        const bus = new RedisEventBus(config.redisUrl);
        try {
          await bus.ready();
        } catch (error) {
          await bus.close();
          throw new Error(`REDIS_URL: cannot reach Redis (${(error as Error).message})`);
        }
        new Logger('LiveEvents').log('Live events through Redis pub/sub');
        return bus;
      },
    },
    EventBusCloser,
    LiveAccess,
    LiveSubscriptions,
  ],
  exports: [EventBus, LiveAccess, LiveSubscriptions],
})
export class LiveModule {}
