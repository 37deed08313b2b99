import type { Request, Response } from 'express';
import { createParamDecorator, ExecutionContext } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import type { Actor } from '../common/actor';
import type { Loaders } from './loaders';

export interface GqlContext {
  req: Request;
  res: Response;
  /** Set by AccessGuard before the first root resolver runs (authentication is lazy). */
  actor: Actor;
  /** Resolves the bearer token once per request; never throws (a bad token yields authError). */
  authenticate: () => Promise<Actor>;
  loaders: Loaders;
  /** On a WebSocket connection: the bearer header it authenticated with (re-checked per event). */
  authorization?: string;
}

/** The acting user of this request, handed explicitly to services. */
export const CurrentActor = createParamDecorator(
  (_data: unknown, ctx: ExecutionContext): Actor => GqlExecutionContext.create(ctx).getContext<GqlContext>().actor,
);

export const RequestLoaders = createParamDecorator(
  (_data: unknown, ctx: ExecutionContext): Loaders => GqlExecutionContext.create(ctx).getContext<GqlContext>().loaders,
);
