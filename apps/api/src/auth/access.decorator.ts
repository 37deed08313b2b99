import { SetMetadata } from '@nestjs/common';
import type { ProductAction } from '@backlog-studio/domain';

export const ACCESS_KEY = 'backlog-studio:access';

/**
 * Every query, mutation and subscription declares who may call it. PUBLIC: anyone;
 * SIGNED_IN: any account; a product action: a member whose role allows it (checked by the
 * service against the product the operation touches). A resolver without it is refused.
 */
export type AccessRule = 'PUBLIC' | 'SIGNED_IN' | ProductAction;

export const Access = (rule: AccessRule): MethodDecorator & ClassDecorator => SetMetadata(ACCESS_KEY, rule);
