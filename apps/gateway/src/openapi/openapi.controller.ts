import { Controller, Get, Header } from '@nestjs/common';
import { Public } from '../access/access.decorator';
import { OpenApiService } from './openapi.service';

const docsPage = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Ankomst API</title>
<link rel="stylesheet" href="/api/docs/assets/swagger-ui.css"></head>
<body><div id="ui"></div><script src="/api/docs/assets/swagger-ui-bundle.js"></script>
<script src="/api/docs/assets/init.js"></script></body></html>`;

@Controller()
export class OpenApiController {
  constructor(private readonly openApi: OpenApiService) {}

  @Get('openapi.json')
  @Public()
  document(): Record<string, unknown> {
    return this.openApi.build('api');
  }

  @Get('docs')
  @Public()
  @Header('Content-Type', 'text/html; charset=utf-8')
  docs(): string {
    return docsPage;
  }

  // Served as a file so the page needs no inline script (strict Content-Security-Policy).
  @Get('docs/assets/init.js')
  @Public()
  @Header('Content-Type', 'application/javascript; charset=utf-8')
  init(): string {
    return "window.ui = SwaggerUIBundle({ url: '/api/openapi.json', dom_id: '#ui' });";
  }
}
