import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** Time-limited emergency read access of one user to one person's record. */
@Entity({ name: 'break_glass_grant' })
export class BreakGlassGrantEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'user_id', type: 'uuid' })
  userId!: string;

  @Column({ type: 'text' })
  username!: string;

  @Column({ type: 'text' })
  role!: string;

  @Column({ type: 'char', length: 4 })
  municipality!: string;

  @Column({ name: 'person_id', type: 'text' })
  personId!: string;

  @Column({ type: 'text' })
  reason!: string;

  @Column({ name: 'granted_at', type: 'timestamptz' })
  grantedAt!: Date;

  @Column({ name: 'expires_at', type: 'timestamptz' })
  expiresAt!: Date;
}
