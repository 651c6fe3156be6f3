import { callerFromClaims } from './token-verifier';

describe('callerFromClaims', () => {
  it('takes roles from realm_access and entity codes from /entities groups', () => {
    const caller = callerFromClaims({
      sub: 'u-1',
      preferred_username: 'lee.legal',
      name: 'Lee Legal',
      realm_access: { roles: ['legal', 'offline_access', 'default-roles-partner-network'] },
      groups: ['/entities/US01', '/teams/legal', '/entities/UK01/sub'],
    });

    expect(caller).toEqual({
      subject: 'u-1',
      username: 'lee.legal',
      name: 'Lee Legal',
      roles: ['legal'],
      entities: ['US01'],
    });
  });

  it('gives a token without groups no entity at all', () => {
    expect(callerFromClaims({ sub: 'u-2' }).entities).toEqual([]);
  });

  it('refuses a token without a subject', () => {
    expect(() => callerFromClaims({ preferred_username: 'x' })).toThrow('names no subject');
  });
});
