import { Module } from '@nestjs/common';
import { VotingResolver } from './voting.resolver';
import { VotingService } from './voting.service';

@Module({ providers: [VotingService, VotingResolver] })
export class VotingModule {}
