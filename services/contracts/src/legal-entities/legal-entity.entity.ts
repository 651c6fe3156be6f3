import { Column, Entity, PrimaryColumn } from 'typeorm';

/** One of the company's own legal entities; every partner-facing record belongs to one. */
@Entity({ name: 'legal_entity' })
export class LegalEntity {
  /** A short code such as `US01`, the same as the `/entities/<code>` group in Keycloak. */
  @PrimaryColumn('text')
  id!: string;

  @Column({ name: 'legal_name', type: 'text' })
  legalName!: string;

  @Column({ type: 'char', length: 2 })
  country!: string;

  /** IANA zone in which this entity's contract dates and "today" are reckoned. */
  @Column({ name: 'time_zone', type: 'text' })
  timeZone!: string;

  @Column({ type: 'char', length: 3 })
  currency!: string;
}
