import { Global, Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { AccessGuard } from './access.guard';
import { AuthResolver } from './auth.resolver';
import { AuthService } from './auth.service';
import { MembershipsService } from './memberships.service';
import { ProductAccess } from './product-access.service';

@Global()
@Module({
  providers: [AuthService, ProductAccess, MembershipsService, AuthResolver, { provide: APP_GUARD, useClass: AccessGuard }],
  exports: [AuthService, ProductAccess, MembershipsService],
})
export class AuthModule {}
