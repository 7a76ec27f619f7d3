import { ServiceClient } from '@ankomst/platform-messaging';
import { Global, Module } from '@nestjs/common';
import { type ClientProxy, ClientsModule, Transport } from '@nestjs/microservices';
import { GATEWAY_CONFIG, type GatewayConfig } from '../config';

const NATS_PROXY = 'NATS_PROXY';

/** The gateway's one NATS connection for request/reply to the departments' services. */
@Global()
@Module({
  imports: [
    ClientsModule.registerAsync([
      {
        name: NATS_PROXY,
        inject: [GATEWAY_CONFIG],
        useFactory: (config: GatewayConfig) => ({
          transport: Transport.NATS,
          options: { servers: [config.NATS_URL], name: 'gateway' },
        }),
      },
    ]),
  ],
  providers: [
    {
      provide: ServiceClient,
      inject: [NATS_PROXY, GATEWAY_CONFIG],
      useFactory: (proxy: ClientProxy, config: GatewayConfig) => new ServiceClient(proxy, config.REQUEST_TIMEOUT_MS),
    },
  ],
  exports: [ServiceClient],
})
export class ServicesModule {}
