export { ServiceException } from './service-exception';
export { toServiceError } from './to-service-error';
export { parseInput } from './parse-input';
export { RpcExceptionFilter } from './rpc-exception.filter';
export { readRequestContext, Context, type RequestContext } from './request-context';
export { ServiceClient, type CallOptions } from './service-client';
export { createServiceApp, runService } from './bootstrap-service';
export { Handles, checkOutput } from './handles.decorator';
export { authorize, assertOwnMunicipality } from './authorize';
