// The words the case page uses for evidence files: what the sender's browser removed, who sent
// a file, and its type.
import { describe, expect, it } from 'vitest';
import { METADATA_ACTIONS } from '../../../../api/index';
import { metadataWords, sentByWords, typeWords } from '../../../../client/prosecutor/services/file-words';

describe('metadataWords', () => {
  it('names what was removed, in the order the sender listed it', () => {
    expect(metadataWords({ action: 'removed', removed: ['GPS position', 'Camera serial number'] })).toBe(
      'Hidden details removed before sending: GPS position, Camera serial number.',
    );
    expect(metadataWords({ action: 'removed', removed: [] })).toBe('Hidden details were removed before sending.');
    expect(metadataWords({ action: 'kept-by-choice', removed: ['GPS position'] })).toMatch(/chose to send the original file.*GPS position\.$/);
  });

  it('has a distinct sentence for every action the manifest allows', () => {
    const sentences = METADATA_ACTIONS.map((action) => metadataWords({ action, removed: [] }));
    expect(new Set(sentences).size).toBe(METADATA_ACTIONS.length);
    expect(metadataWords({ action: 'not-checked', removed: [] })).toBe('This file was not checked for hidden details.');
    expect(metadataWords({ action: 'none-found', removed: [] })).toMatch(/^No hidden details/);
  });
});

describe('sentByWords', () => {
  it('says who sent the file', () => {
    expect(sentByWords({ role: 'whistleblower', agencyName: null }, false)).toBe('Sent by the whistleblower');
    expect(sentByWords({ role: 'prosecutor', agencyName: 'Lusaka Agreement Task Force' }, true)).toBe('Sent by you');
    expect(sentByWords({ role: 'prosecutor', agencyName: 'Lusaka Agreement Task Force' }, false)).toBe(
      'Sent by a prosecutor of Lusaka Agreement Task Force',
    );
    expect(sentByWords({ role: 'prosecutor', agencyName: null }, false)).toBe('Sent by a prosecutor');
  });
});

describe('typeWords', () => {
  it('says when the type is unknown', () => {
    expect(typeWords('')).toBe('unknown type');
    expect(typeWords('application/pdf')).toBe('application/pdf');
  });
});
