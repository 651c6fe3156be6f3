import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  JoinColumn,
  ManyToOne,
  PrimaryColumn,
} from 'typeorm';

import { LegalEntity } from '../legal-entities/legal-entity.entity';

/** One committed bulk import: what came in, from which file, by whom. */
@Entity({ name: 'import_batch' })
@Check('import_batch_kind_check', "kind IN ('partners', 'contracts')")
export class ImportBatch {
  @PrimaryColumn('uuid')
  id!: string;

  @Column({ name: 'entity_id', type: 'text' })
  entityId!: string;

  @ManyToOne(() => LegalEntity)
  @JoinColumn({ name: 'entity_id', foreignKeyConstraintName: 'import_batch_entity_id_fkey' })
  entity?: LegalEntity;

  @Column('text')
  kind!: 'partners' | 'contracts';

  @Column({ name: 'file_sha256', type: 'char', length: 64 })
  fileSha256!: string;

  @Column('int')
  rows!: number;

  @Column('int')
  created!: number;

  @Column({ name: 'already_imported', type: 'int' })
  alreadyImported!: number;

  @Column({ name: 'imported_by', type: 'text' })
  importedBy!: string;

  @CreateDateColumn({ name: 'imported_at', type: 'timestamptz' })
  importedAt!: Date;
}
