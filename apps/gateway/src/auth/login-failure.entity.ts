import { Column, Entity, PrimaryColumn } from 'typeorm';

/** Failed logins counted per key (`user:<name>` or `ip:<address>`), in the database so every gateway instance agrees. */
@Entity({ name: 'login_failure' })
export class LoginFailureEntity {
  @PrimaryColumn({ type: 'text' })
  key!: string;

  @Column({ type: 'int' })
  failures!: number;

  @Column({ name: 'window_started_at', type: 'timestamptz' })
  windowStartedAt!: Date;

  @Column({ name: 'locked_until', type: 'timestamptz', nullable: true })
  lockedUntil!: Date | null;
}
