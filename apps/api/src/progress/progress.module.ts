import { Module } from '@nestjs/common';
import { ProgressResolver } from './progress.resolver';
import { ProgressService } from './progress.service';

@Module({ providers: [ProgressService, ProgressResolver] })
export class ProgressModule {}
