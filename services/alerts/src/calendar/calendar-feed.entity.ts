import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';

/**
 * A personal calendar subscription. The reader is whoever holds the URL, so what it shows
 * is fixed when it is created: the owner's roles and entities at that moment.
 */
@Entity({ name: 'calendar_feed' })
export class CalendarFeed {
  @PrimaryColumn('uuid')
  id!: string;

  @Column({ name: 'token_sha256', type: 'char', length: 64, unique: true })
  tokenSha256!: string;

  @Column('text')
  username!: string;

  @Column({ type: 'text', array: true })
  roles!: string[];

  @Column({ type: 'text', array: true })
  entities!: string[];

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @Column({ name: 'revoked_at', type: 'timestamptz', nullable: true })
  revokedAt!: Date | null;
}
