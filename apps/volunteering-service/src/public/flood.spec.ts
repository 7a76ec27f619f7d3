import { isBot } from './flood';

describe('flood checks of the public forms', () => {
  const options = { minFillSeconds: 4 };

  it('catches a filled honeypot and a form sent faster than a person can', () => {
    expect(isBot({ website: 'http://spam.example', fillSeconds: 60 }, options)).toBe(true);
    expect(isBot({ website: '', fillSeconds: 3 }, options)).toBe(true);
  });

  it('lets a person through who left the hidden field empty and took their time', () => {
    expect(isBot({ website: '', fillSeconds: 4 }, options)).toBe(false);
    expect(isBot({ website: '  ', fillSeconds: 120 }, options)).toBe(false);
  });
});
