import { CanActivate, ExecutionContext, Inject, Injectable, Logger } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { GqlExecutionContext } from '@nestjs/graphql';
import { DomainError, ErrorCode } from '../common/domain-error';
import type { GqlContext } from '../graphql/context';
import { ACCESS_KEY, type AccessRule } from './access.decorator';

/** Fails closed: an operation without an access rule is refused, and logged as a bug. */
@Injectable()
export class AccessGuard implements CanActivate {
  private readonly logger = new Logger('Access');

  constructor(@Inject(Reflector) private readonly reflector: Reflector) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    if (context.getType<string>() !== 'graphql') return true;
    const info = GqlExecutionContext.create(context).getInfo<{ parentType: { name: string }; fieldName: string }>();
    const root = ['Query', 'Mutation', 'Subscription'].includes(info.parentType.name);
    const rule = this.reflector.getAllAndOverride<AccessRule | undefined>(ACCESS_KEY, [context.getHandler(), context.getClass()]);
    if (!root) return true; // nested fields inherit the check made on their root operation
    if (!rule) {
      this.logger.error(`${info.parentType.name}.${info.fieldName} has no @Access rule: refused`);
      throw new DomainError(ErrorCode.FORBIDDEN, `${info.fieldName} is not available`);
    }
    const ctx = GqlExecutionContext.create(context).getContext<GqlContext>();
    const actor = (ctx.actor = await ctx.authenticate());
    if (rule === 'PUBLIC') return true;
    if (!actor.userId) {
      throw new DomainError(ErrorCode.UNAUTHENTICATED, actor.authError ?? 'Sign in first (send Authorization: Bearer <token>)');
    }
    return true;
  }
}
