import { ApiProperty } from '@nestjs/swagger';

import { IsIn, IsString, Length } from 'class-validator';

const CATEGORIES = ['carrier', 'vendor', 'strategic_partner', 'opportunistic'] as const;

export class CreatePartnerDto {
  @ApiProperty({
    description: 'Code of the legal entity the relationship belongs to',
    example: 'US01',
  })
  @IsString()
  @Length(1, 20)
  entityId!: string;

  @ApiProperty({ example: 'Atlas Freight LLC' })
  @IsString()
  @Length(1, 300)
  legalName!: string;

  @ApiProperty({ enum: CATEGORIES })
  @IsIn(CATEGORIES)
  category!: (typeof CATEGORIES)[number];
}

export class PartnerDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ example: 'US01' }) entityId!: string;
  @ApiProperty() legalName!: string;
  @ApiProperty({ enum: CATEGORIES }) category!: string;
  @ApiProperty({ example: 'prospect' }) status!: string;
  @ApiProperty({ description: 'Subject of the user who registered it' }) createdBy!: string;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
}
