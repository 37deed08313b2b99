import { Module } from '@nestjs/common';
import { HistoryModule } from '../history/history.module';
import { ProgressResolver } from './progress.resolver';
import { ProgressService } from './progress.service';

@Module({ imports: [HistoryModule], providers: [ProgressService, ProgressResolver] })
export class ProgressModule {}
