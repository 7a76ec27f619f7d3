import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Settlement requests and decisions, households and persons (national ids encrypted, with
 * a keyed lookup hash), dwellings and tenancies, agreed self-settlement cases.
 */
export class CreateHousingTables1795900000000 implements MigrationInterface {
  name = 'CreateHousingTables1795900000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE settlement_request (
        id uuid PRIMARY KEY,
        municipality char(4) NOT NULL,
        year integer NOT NULL,
        kind text NOT NULL CHECK (kind IN ('initial', 'additional')),
        total integer NOT NULL CHECK (total >= 0),
        unaccompanied_minors integer NOT NULL CHECK (unaccompanied_minors BETWEEN 0 AND total),
        received_on date NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await queryRunner.query(`CREATE INDEX settlement_request_year_idx ON settlement_request (municipality, year)`);
    await queryRunner.query(`
      CREATE TABLE settlement_decision (
        municipality char(4) NOT NULL,
        year integer NOT NULL,
        total integer NOT NULL CHECK (total >= 0),
        unaccompanied_minors integer NOT NULL CHECK (unaccompanied_minors BETWEEN 0 AND total),
        decided_on date NOT NULL,
        updated_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (municipality, year)
      )`);
    await queryRunner.query(`
      CREATE TABLE household (
        id uuid PRIMARY KEY,
        municipality char(4) NOT NULL,
        origin text NOT NULL CHECK (origin IN ('reception-centre', 'quota-refugee', 'family-reunification', 'unaccompanied-minor')),
        country_of_origin char(2) NOT NULL,
        languages text[] NOT NULL DEFAULT '{}',
        requested_on date,
        registered_at timestamptz NOT NULL DEFAULT now()
      )`);
    await queryRunner.query(`CREATE INDEX household_municipality_idx ON household (municipality, registered_at)`);
    await queryRunner.query(`
      CREATE TABLE person (
        id uuid PRIMARY KEY,
        household_id uuid NOT NULL REFERENCES household (id) ON DELETE CASCADE,
        municipality char(4) NOT NULL,
        given_name text NOT NULL,
        family_name text NOT NULL,
        birth_date date NOT NULL,
        sex text NOT NULL,
        relationship text NOT NULL,
        languages text[] NOT NULL DEFAULT '{}',
        unaccompanied_minor boolean NOT NULL,
        national_id_cipher bytea,
        national_id_hash bytea,
        residence_permit_date date,
        settled_on date,
        CHECK ((national_id_cipher IS NULL) = (national_id_hash IS NULL))
      )`);
    // One person, one record: the keyed hash makes a second registration of a number a conflict.
    await queryRunner.query(
      `CREATE UNIQUE INDEX person_national_id_hash_uq ON person (national_id_hash) WHERE national_id_hash IS NOT NULL`,
    );
    await queryRunner.query(`CREATE INDEX person_household_idx ON person (household_id)`);
    await queryRunner.query(`CREATE INDEX person_settled_idx ON person (municipality, settled_on) WHERE settled_on IS NOT NULL`);
    await queryRunner.query(`
      CREATE TABLE dwelling (
        id uuid PRIMARY KEY,
        municipality char(4) NOT NULL,
        ownership text NOT NULL CHECK (ownership IN ('municipal', 'private')),
        address text NOT NULL,
        postal_code char(4) NOT NULL,
        size_square_metres numeric(7, 1) NOT NULL CHECK (size_square_metres > 0),
        rooms integer NOT NULL CHECK (rooms > 0),
        monthly_rent_nok integer NOT NULL CHECK (monthly_rent_nok >= 0),
        accessible boolean NOT NULL DEFAULT false,
        status text NOT NULL CHECK (status IN ('available', 'maintenance', 'retired')),
        available_from date NOT NULL,
        retired_on date,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await queryRunner.query(`CREATE INDEX dwelling_municipality_idx ON dwelling (municipality, ownership)`);
    await queryRunner.query(`
      CREATE TABLE tenancy (
        id uuid PRIMARY KEY,
        dwelling_id uuid NOT NULL REFERENCES dwelling (id),
        household_id uuid NOT NULL REFERENCES household (id),
        municipality char(4) NOT NULL,
        start_date date NOT NULL,
        end_date date,
        end_reason text,
        with_startlan boolean NOT NULL DEFAULT false,
        CHECK (end_date IS NULL OR end_date >= start_date),
        CHECK ((end_date IS NULL) = (end_reason IS NULL))
      )`);
    // No double allocation, enforced where races cannot slip past: one active tenancy per
    // dwelling, and one home per household at a time.
    await queryRunner.query(`CREATE UNIQUE INDEX tenancy_active_dwelling_uq ON tenancy (dwelling_id) WHERE end_date IS NULL`);
    await queryRunner.query(`CREATE UNIQUE INDEX tenancy_active_household_uq ON tenancy (household_id) WHERE end_date IS NULL`);
    await queryRunner.query(`CREATE INDEX tenancy_municipality_idx ON tenancy (municipality, start_date)`);
    await queryRunner.query(`
      CREATE TABLE self_settlement_case (
        id uuid PRIMARY KEY,
        municipality char(4) NOT NULL,
        household_id uuid NOT NULL REFERENCES household (id),
        address text NOT NULL,
        monthly_rent_nok integer NOT NULL CHECK (monthly_rent_nok >= 0),
        permit_confirmed_with_imdi boolean NOT NULL DEFAULT false,
        not_assigned_elsewhere boolean NOT NULL DEFAULT false,
        deposit_and_first_rent_available boolean NOT NULL DEFAULT false,
        lease_legally_approved boolean NOT NULL DEFAULT false,
        standard_inspected boolean NOT NULL DEFAULT false,
        status text NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'approved', 'rejected')),
        rejection_reason text,
        decided_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        CHECK ((status = 'rejected') = (rejection_reason IS NOT NULL))
      )`);
    await queryRunner.query(`CREATE UNIQUE INDEX self_settlement_open_uq ON self_settlement_case (household_id) WHERE status = 'open'`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE self_settlement_case`);
    await queryRunner.query(`DROP TABLE tenancy`);
    await queryRunner.query(`DROP TABLE dwelling`);
    await queryRunner.query(`DROP TABLE person`);
    await queryRunner.query(`DROP TABLE household`);
    await queryRunner.query(`DROP TABLE settlement_decision`);
    await queryRunner.query(`DROP TABLE settlement_request`);
  }
}
