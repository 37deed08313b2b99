import { Module } from '@nestjs/common';
import { HistoryModule } from '../history/history.module';
import { StakeholdersResolver } from './stakeholders.resolver';
import { StakeholdersService } from './stakeholders.service';

@Module({ imports: [HistoryModule], providers: [StakeholdersService, StakeholdersResolver] })
export class StakeholdersModule {}
