import { Module } from '@nestjs/common';
import { IntroductionEndpointRoutes } from './introduction-endpoints';

/** The introduction department's routes (ServiceClient comes from the global ServicesModule). */
@Module({ controllers: [IntroductionEndpointRoutes] })
export class IntroductionModule {}
