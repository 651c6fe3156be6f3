import { Check, Column, CreateDateColumn, Entity, Index, PrimaryColumn } from 'typeorm';

/** An executive's or strategist's rating of optionality and alignment; never edited. */
@Check('assessment_optionality_check', 'optionality BETWEEN 1 AND 5')
@Check('assessment_alignment_check', 'alignment BETWEEN 1 AND 5')
@Entity({ name: 'assessment' })
@Index('assessment_partner_idx', ['partnerId', 'assessedAt'])
export class Assessment {
  @PrimaryColumn('uuid')
  id!: string;

  @Column({ name: 'partner_id', type: 'uuid' })
  partnerId!: string;

  @Column({ name: 'entity_id', type: 'text' })
  entityId!: string;

  @Column('int')
  optionality!: number;

  @Column('int')
  alignment!: number;

  @Column('text')
  comment!: string;

  @Column({ name: 'assessed_by', type: 'text' })
  assessedBy!: string;

  @CreateDateColumn({ name: 'assessed_at', type: 'timestamptz' })
  assessedAt!: Date;
}
