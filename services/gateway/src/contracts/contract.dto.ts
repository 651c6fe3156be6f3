import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';

import {
  IsIn,
  IsInt,
  IsISO8601,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  Max,
  Min,
  ValidateIf,
} from 'class-validator';

const RENEWAL_TYPES = ['auto', 'manual', 'none'] as const;

export class CreateContractDto {
  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  partnerId!: string;

  @ApiProperty({ example: 'Master carrier agreement' })
  @IsString()
  @Length(1, 300)
  title!: string;

  @ApiProperty({
    format: 'date',
    example: '2026-01-15',
    description: "Calendar date in the entity's time zone",
  })
  @IsISO8601({ strict: true, strictSeparator: true })
  @Length(10, 10, { message: 'effectiveDate must be a calendar date YYYY-MM-DD' })
  effectiveDate!: string;

  @ApiProperty({ example: 12, minimum: 1, maximum: 600 })
  @IsInt()
  @Min(1)
  @Max(600)
  initialTermMonths!: number;

  @ApiProperty({ enum: RENEWAL_TYPES })
  @IsIn(RENEWAL_TYPES)
  renewalType!: (typeof RENEWAL_TYPES)[number];

  @ApiPropertyOptional({ example: 12, description: 'Required when renewalType is auto' })
  @ValidateIf(
    (contract: CreateContractDto) =>
      contract.renewalType === 'auto' || contract.renewalTermMonths !== undefined,
  )
  @IsInt()
  @Min(1)
  @Max(600)
  @IsOptional()
  renewalTermMonths?: number;

  @ApiProperty({
    example: 90,
    description: 'Days before term end by which non-renewal notice is due',
  })
  @IsInt()
  @Min(0)
  @Max(3650)
  noticeDays!: number;
}

export class ContractDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ example: 'US01' }) entityId!: string;
  @ApiProperty({ format: 'uuid' }) partnerId!: string;
  @ApiProperty() title!: string;
  @ApiProperty({ format: 'date' }) effectiveDate!: string;
  @ApiProperty() initialTermMonths!: number;
  @ApiProperty({ enum: RENEWAL_TYPES }) renewalType!: string;
  @ApiProperty({ nullable: true, type: Number }) renewalTermMonths!: number | null;
  @ApiProperty() noticeDays!: number;
  @ApiProperty({ example: 'draft' }) status!: string;
  @ApiProperty() createdBy!: string;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
}
