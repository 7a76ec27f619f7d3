import { loadGatewayConfig } from '../../gateway/src/config';

export const leaked = loadGatewayConfig;
