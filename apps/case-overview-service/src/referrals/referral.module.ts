import { Module } from '@nestjs/common';
import { ConsentModule } from '../consent/consent.module';
import { ReferralController } from './referral.controller';
import { ReferralService } from './referral.service';

@Module({ imports: [ConsentModule], controllers: [ReferralController], providers: [ReferralService] })
export class ReferralModule {}
