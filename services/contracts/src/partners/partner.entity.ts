import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  JoinColumn,
  ManyToOne,
  PrimaryColumn,
  Unique,
  UpdateDateColumn,
} from 'typeorm';

import type { PartnerStatus } from '@pn/contracts-api';
import type { PartnerCategory } from '@pn/events';

import { ImportBatch } from '../imports/import-batch.entity';
import { LegalEntity } from '../legal-entities/legal-entity.entity';

export interface StrategicDesignation {
  tests: string[];
  rationale: string;
}

/** An external relationship of one legal entity: a carrier, vendor or partner. */
@Entity({ name: 'partner' })
@Unique('partner_entity_id_legal_name_key', ['entityId', 'legalName'])
@Unique('partner_entity_id_crm_id_key', ['entityId', 'crmId'])
@Unique('partner_entity_id_erp_id_key', ['entityId', 'erpId'])
@Unique('partner_entity_id_external_ref_key', ['entityId', 'externalRef'])
@Unique('partner_origin_opportunity_id_key', ['originOpportunityId'])
@Check(
  'partner_category_check',
  "category IN ('carrier', 'vendor', 'strategic_partner', 'opportunistic')",
)
@Check(
  'partner_status_check',
  "status IN ('prospect', 'onboarding', 'active', 'under_review', 'exiting', 'exited')",
)
export class Partner {
  @PrimaryColumn('uuid')
  id!: string;

  @Column({ name: 'entity_id', type: 'text' })
  entityId!: string;

  @ManyToOne(() => LegalEntity)
  @JoinColumn({ name: 'entity_id', foreignKeyConstraintName: 'partner_entity_id_fkey' })
  entity?: LegalEntity;

  @Column({ name: 'legal_name', type: 'text' })
  legalName!: string;

  @Column('text')
  category!: PartnerCategory;

  @Column({ type: 'text', default: 'prospect' })
  status!: PartnerStatus;

  /** What the partner provides; scoring finds backup partners by these tags. */
  @Column({ type: 'text', array: true, default: () => "'{}'" })
  capabilities!: string[];

  @Column({ name: 'owner_username', type: 'text', nullable: true })
  ownerUsername!: string | null;

  @Column({ name: 'sponsor_username', type: 'text', nullable: true })
  sponsorUsername!: string | null;

  /** Null unless the relationship is designated strategic, with the tests it meets. */
  @Column({ type: 'jsonb', nullable: true })
  strategic!: StrategicDesignation | null;

  @Column({ name: 'crm_id', type: 'text', nullable: true })
  crmId!: string | null;

  @Column({ name: 'erp_id', type: 'text', nullable: true })
  erpId!: string | null;

  /** Key of the partner in the system it was imported from; imports are idempotent by it. */
  @Column({ name: 'external_ref', type: 'text', nullable: true })
  externalRef!: string | null;

  /** The pipeline opportunity whose go decision brought the partner in, if any. */
  @Column({ name: 'origin_opportunity_id', type: 'uuid', nullable: true })
  originOpportunityId!: string | null;

  @Column({ name: 'import_batch_id', type: 'uuid', nullable: true })
  importBatchId!: string | null;

  @ManyToOne(() => ImportBatch)
  @JoinColumn({ name: 'import_batch_id', foreignKeyConstraintName: 'partner_import_batch_id_fkey' })
  importBatch?: ImportBatch;

  @Column({ name: 'created_by', type: 'text' })
  createdBy!: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
