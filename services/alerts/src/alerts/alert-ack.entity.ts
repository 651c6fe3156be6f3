import { CreateDateColumn, Entity, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';

import { Alert } from './alert.entity';

/** One recipient's acknowledgement of an alert; others still see it as open. */
@Entity({ name: 'alert_ack' })
export class AlertAck {
  @PrimaryColumn({ name: 'alert_id', type: 'uuid' })
  alertId!: string;

  @ManyToOne(() => Alert)
  @JoinColumn({ name: 'alert_id', foreignKeyConstraintName: 'alert_ack_alert_id_fkey' })
  alert?: Alert;

  @PrimaryColumn('text')
  username!: string;

  @CreateDateColumn({ name: 'acknowledged_at', type: 'timestamptz' })
  acknowledgedAt!: Date;
}
