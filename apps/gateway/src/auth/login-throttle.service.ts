import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { GATEWAY_CONFIG, type GatewayConfig } from '../config';

/**
 * Counts failed logins per username + client IP, per username, and per client IP. After too
 * many failures within the window the key is locked for a while; a lock on a username
 * applies whether or not the account exists, so the lock itself tells nothing. The address
 * alone has the highest ceiling: staff behind one NAT address share it.
 */
@Injectable()
export class LoginThrottleService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(GATEWAY_CONFIG) private readonly config: GatewayConfig,
  ) {}

  private keys(username: string, ip: string) {
    const user = username.toLowerCase();
    return [
      { key: userAtIp(user, ip), max: this.config.LOGIN_MAX_FAILURES_PER_USER_IP },
      { key: `user:${user}`, max: this.config.LOGIN_MAX_FAILURES_PER_USER },
      { key: `ip:${ip}`, max: this.config.LOGIN_MAX_FAILURES_PER_IP },
    ];
  }

  /** Seconds until the lock ends, or 0 when login may be tried. */
  async lockedFor(username: string, ip: string): Promise<number> {
    const rows = (await this.dataSource.query(
      `SELECT ceil(extract(epoch FROM max(locked_until) - now()))::int AS seconds
         FROM login_failure WHERE key = ANY($1) AND locked_until > now()`,
      [this.keys(username, ip).map((k) => k.key)],
    )) as { seconds: number | null }[];
    return Math.max(0, rows[0]?.seconds ?? 0);
  }

  async recordFailure(username: string, ip: string): Promise<void> {
    const window = this.config.LOGIN_FAILURE_WINDOW_SECONDS;
    const lockout = this.config.LOGIN_LOCKOUT_SECONDS;
    for (const { key, max } of this.keys(username, ip)) {
      // One statement: concurrent failures count correctly without a read-modify-write race.
      await this.dataSource.query(
        `INSERT INTO login_failure AS f (key, failures, window_started_at, locked_until)
              VALUES ($1, 1, now(), CASE WHEN 1 >= $2 THEN now() + make_interval(secs => $4) END)
         ON CONFLICT (key) DO UPDATE SET
           failures = CASE WHEN f.window_started_at < now() - make_interval(secs => $3) THEN 1 ELSE f.failures + 1 END,
           window_started_at = CASE WHEN f.window_started_at < now() - make_interval(secs => $3) THEN now() ELSE f.window_started_at END,
           locked_until = CASE
             WHEN (CASE WHEN f.window_started_at < now() - make_interval(secs => $3) THEN 1 ELSE f.failures + 1 END) >= $2
             THEN now() + make_interval(secs => $4) ELSE f.locked_until END`,
        [key, max, window, lockout],
      );
    }
  }

  /** A successful login clears the username's counts (not the IP's: one good password must not reset a spray). */
  async recordSuccess(username: string, ip: string): Promise<void> {
    const user = username.toLowerCase();
    await this.dataSource.query('DELETE FROM login_failure WHERE key = ANY($1)', [[`user:${user}`, userAtIp(user, ip)]]);
  }
}

const userAtIp = (user: string, ip: string) => `user-ip:${user}@${ip}`;
