import { Inject, Injectable } from '@nestjs/common';
import { createHmac, randomBytes, randomUUID, timingSafeEqual } from 'node:crypto';
import * as argon2 from 'argon2';
import { DataSource } from 'typeorm';
import { APP_CONFIG, AppConfig } from '../config/app-config';
import { ANONYMOUS_ACTOR, type Actor } from '../common/actor';
import { DomainError, ErrorCode } from '../common/domain-error';
import { isUniqueViolation } from '../database/db-errors';
import { Transactions } from '../database/transactions';
import { ChangePasswordInput, SignInInput, SignUpInput } from './dto/auth.inputs';
import { RateLimiter } from './rate-limiter';
import { SessionEntity } from './session.entity';
import { UserEntity } from './user.entity';
import { LiveAccess } from '../live/live-access.service';

// OWASP's argon2id baseline (19 MiB, 2 passes): strong, and quick enough for 2-core machines.
export const SESSION_CACHE_MS = 5_000;

const ARGON2_OPTIONS: argon2.HashOptions = { type: argon2.argon2id, memoryCost: 19_456, timeCost: 2, parallelism: 1 };

export interface SignedIn {
  token: string;
  expiresAt: Date;
  user: UserEntity;
}

@Injectable()
export class AuthService {
  /** Failed sign-ins: 10 a minute per address and per account; the 11th waits. */
  private readonly signInFailures = new RateLimiter(10, 60_000);
  /** Sign-ups: 20 a minute per address. */
  private readonly signUps = new RateLimiter(20, 60_000);
  private dummyHash: Promise<string> | undefined;
  /**
   * Verified tokens for a few seconds, so a burst of requests costs one session lookup.
   * Sign-out and password changes clear this instance's entries at once; other instances
   * notice within SESSION_CACHE_MS.
   */
  private readonly verified = new Map<string, { actor: Actor; until: number }>();

  constructor(
    @Inject(DataSource) private readonly dataSource: DataSource,
    @Inject(Transactions) private readonly tx: Transactions,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(LiveAccess) private readonly liveAccess: LiveAccess,
  ) {}

  hashPassword(password: string): Promise<string> {
    return argon2.hash(password, ARGON2_OPTIONS);
  }

  async signUp(input: SignUpInput, address: string): Promise<SignedIn> {
    this.refuseWhenLimited(this.signUps.retryAfter(`ip:${address}`));
    this.signUps.hit(`ip:${address}`);
    const passwordHash = await this.hashPassword(input.password);
    const user: UserEntity = {
      id: randomUUID(),
      email: input.email,
      displayName: input.displayName?.trim() || input.email.split('@')[0],
      passwordHash,
      createdAt: new Date(),
    };
    try {
      await this.tx.run((manager) => manager.getRepository(UserEntity).insert({ ...user }));
    } catch (error) {
      if (isUniqueViolation(error)) throw DomainError.field('email', 'unique', 'an account with this email already exists; sign in instead');
      throw error;
    }
    return this.openSession(user);
  }

  async signIn(input: SignInInput, address: string): Promise<SignedIn> {
    const keys = [`ip:${address}`, `account:${input.email}`];
    this.refuseWhenLimited(Math.max(...keys.map((k) => this.signInFailures.retryAfter(k))));
    const user = await this.dataSource.getRepository(UserEntity).findOneBy({ email: input.email });
    // Verify against a dummy hash when the account does not exist, so timing does not tell.
    const valid = user
      ? await argon2.verify(user.passwordHash, input.password)
      : await argon2.verify(await this.dummy(), input.password).then(() => false);
    if (!user || !valid) {
      keys.forEach((k) => this.signInFailures.hit(k));
      throw new DomainError(ErrorCode.UNAUTHENTICATED, 'The email or the password is wrong');
    }
    this.signInFailures.reset(`account:${input.email}`);
    return this.openSession(user);
  }

  async signOut(actor: Actor): Promise<boolean> {
    if (!actor.sessionId) return false;
    this.forgetSessions((a) => a.sessionId === actor.sessionId);
    await this.tx.run((manager) =>
      manager.getRepository(SessionEntity).update({ id: actor.sessionId! }, { revokedAt: new Date() }),
    );
    if (actor.userId) await this.liveAccess.sessionsChanged(actor.userId);
    return true;
  }

  /** Changes the password and revokes every session of the account, then opens a new one. */
  async changePassword(actor: Actor, input: ChangePasswordInput): Promise<SignedIn> {
    const user = await this.dataSource.getRepository(UserEntity).findOneByOrFail({ id: actor.userId! });
    if (!(await argon2.verify(user.passwordHash, input.currentPassword))) {
      throw DomainError.field('currentPassword', 'matches', 'the current password is wrong');
    }
    const passwordHash = await this.hashPassword(input.newPassword);
    this.forgetSessions((a) => a.userId === user.id);
    await this.tx.run(async (manager) => {
      await manager.getRepository(UserEntity).update({ id: user.id }, { passwordHash });
      await manager
        .createQueryBuilder()
        .update(SessionEntity)
        .set({ revokedAt: new Date() })
        .where('user_id = :userId AND revoked_at IS NULL', { userId: user.id })
        .execute();
    });
    await this.liveAccess.sessionsChanged(user.id);
    return this.openSession({ ...user, passwordHash });
  }

  /** The caller behind an `Authorization: Bearer` header; anonymous when there is none. */
  async authenticate(header: string | undefined): Promise<Actor> {
    if (!header) return ANONYMOUS_ACTOR;
    const match = /^Bearer ([0-9a-f-]{36})\.([A-Za-z0-9_-]{43})$/.exec(header.trim());
    if (!match) throw new DomainError(ErrorCode.UNAUTHENTICATED, 'The Authorization header is not a Backlog Studio token');
    const cached = this.verified.get(header);
    if (cached && cached.until > Date.now()) return cached.actor;
    const session = await this.dataSource
      .getRepository(SessionEntity)
      .createQueryBuilder('s')
      .innerJoinAndSelect('s.user', 'u')
      .where('s.id = :id', { id: match[1] })
      .getOne();
    const expected = session ? Buffer.from(session.tokenHash, 'hex') : Buffer.alloc(32);
    const given = Buffer.from(this.tokenHash(`${match[1]}.${match[2]}`), 'hex');
    if (!session || !timingSafeEqual(expected, given) || session.revokedAt || session.expiresAt.getTime() <= Date.now()) {
      throw new DomainError(ErrorCode.UNAUTHENTICATED, 'The session has expired or was signed out; sign in again');
    }
    const actor: Actor = { userId: session.userId, label: session.user!.email, sessionId: session.id };
    if (this.verified.size > 10_000) this.verified.clear();
    this.verified.set(header, { actor, until: Math.min(Date.now() + SESSION_CACHE_MS, session.expiresAt.getTime()) });
    return actor;
  }

  private forgetSessions(predicate: (actor: Actor) => boolean): void {
    for (const [key, entry] of this.verified) if (predicate(entry.actor)) this.verified.delete(key);
  }

  private async openSession(user: UserEntity): Promise<SignedIn> {
    const id = randomUUID();
    const token = `${id}.${randomBytes(32).toString('base64url')}`;
    const expiresAt = new Date(Date.now() + this.config.sessionTtlSeconds * 1000);
    await this.tx.run((manager) =>
      manager.getRepository(SessionEntity).insert({ id, userId: user.id, tokenHash: this.tokenHash(token), expiresAt, revokedAt: null }),
    );
    return { token, expiresAt, user };
  }

  private tokenHash(token: string): string {
    return createHmac('sha256', this.config.authSecret).update(token).digest('hex');
  }

  private dummy(): Promise<string> {
    this.dummyHash ??= this.hashPassword(randomBytes(16).toString('hex'));
    return this.dummyHash;
  }

  private refuseWhenLimited(retryAfterSeconds: number): void {
    if (retryAfterSeconds > 0) {
      throw new DomainError(ErrorCode.TOO_MANY_REQUESTS, `Too many attempts; try again in ${retryAfterSeconds} s`, {
        retryAfterSeconds,
      });
    }
  }
}
