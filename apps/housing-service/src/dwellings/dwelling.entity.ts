import { Column, Entity, PrimaryColumn } from 'typeorm';

const numeric = { to: (value: number) => value, from: (value: string | null) => (value === null ? null : Number(value)) };

@Entity({ name: 'dwelling' })
export class DwellingEntity {
  @PrimaryColumn('uuid') id!: string;
  @Column('char', { length: 4 }) municipality!: string;
  @Column('text') ownership!: 'municipal' | 'private';
  @Column('text') address!: string;
  @Column('char', { length: 4, name: 'postal_code' }) postalCode!: string;
  @Column('numeric', { name: 'size_square_metres', precision: 7, scale: 1, transformer: numeric }) sizeSquareMetres!: number;
  @Column('integer') rooms!: number;
  @Column('integer', { name: 'monthly_rent_nok' }) monthlyRentNok!: number;
  @Column('boolean') accessible!: boolean;
  @Column('text') status!: 'available' | 'maintenance' | 'retired';
  @Column('date', { name: 'available_from' }) availableFrom!: string;
  @Column('date', { name: 'retired_on', nullable: true }) retiredOn!: string | null;
}

@Entity({ name: 'tenancy' })
export class TenancyEntity {
  @PrimaryColumn('uuid') id!: string;
  @Column('uuid', { name: 'dwelling_id' }) dwellingId!: string;
  @Column('uuid', { name: 'household_id' }) householdId!: string;
  @Column('char', { length: 4 }) municipality!: string;
  @Column('date', { name: 'start_date' }) startDate!: string;
  @Column('date', { name: 'end_date', nullable: true }) endDate!: string | null;
  @Column('text', { name: 'end_reason', nullable: true }) endReason!: 'moved' | 'bought-own-home' | 'evicted' | 'deceased' | 'other' | null;
  @Column('boolean', { name: 'with_startlan' }) withStartlan!: boolean;
}
