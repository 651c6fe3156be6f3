import { ApiProperty } from '@nestjs/swagger';

export class TermDto {
  @ApiProperty({ description: '1 for the initial term, 2 for the first renewal, …' })
  number!: number;
  @ApiProperty({ format: 'date' }) start!: string;
  @ApiProperty({ format: 'date' }) end!: string;
}

export class RenewalDto {
  @ApiProperty({ format: 'uuid' }) contractId!: string;
  @ApiProperty() entityId!: string;
  @ApiProperty({ format: 'uuid' }) partnerId!: string;
  @ApiProperty() partnerName!: string;
  @ApiProperty() partnerCategory!: string;
  @ApiProperty() title!: string;
  @ApiProperty({ enum: ['auto', 'manual', 'none'] }) renewalType!: string;
  @ApiProperty() noticeDays!: number;
  @ApiProperty({ format: 'date', description: "Today in the entity's time zone" }) asOf!: string;
  @ApiProperty({ type: TermDto, description: 'The term in force as of asOf' }) term!: TermDto;
  @ApiProperty({
    format: 'date',
    nullable: true,
    type: String,
    description: 'Last day to give non-renewal notice (auto renewal)',
  })
  noticeDeadline!: string | null;
  @ApiProperty({ format: 'date', description: 'The date by which a person must act' })
  actionDeadline!: string;
  @ApiProperty() daysToActionDeadline!: number;
  @ApiProperty() daysToTermEnd!: number;
  @ApiProperty({
    description: 'The term the action deadline belongs to: after a silent rollover, the next one',
  })
  actionTermNumber!: number;
  @ApiProperty({
    enum: ['renew', 'renegotiate', 'exit'],
    nullable: true,
    type: String,
    description: 'Decision recorded for that term',
  })
  decision!: string | null;
  @ApiProperty({ description: 'How many times the contract renewed without anyone deciding it' })
  silentRollovers!: number;
}
