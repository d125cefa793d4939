// Problems reach the right field, from the shared schema on the phone or from the server.
import { byField, fieldErrorsFromDetails } from '@/lib/fieldErrors';

describe('field problems', () => {
  it('keep the first problem of each field and file "photos.3" under photos', () => {
    expect(
      byField([
        { path: 'title', message: '标题不能为空' },
        { path: 'title', message: '标题不能超过40个字' },
        { path: 'photos.3', message: '照片的格式不正确' },
      ]),
    ).toEqual({ title: '标题不能为空', photos: '照片的格式不正确' });
  });

  it('read the server’s INVALID_ARGUMENT details and ignore anything malformed', () => {
    expect(
      fieldErrorsFromDetails({ issues: [{ path: 'phone', message: '手机号应为11位数字' }, { path: 1 }, null] }),
    ).toEqual({
      phone: '手机号应为11位数字',
    });
    expect(fieldErrorsFromDetails(undefined)).toEqual({});
    expect(fieldErrorsFromDetails({ issues: 'x' })).toEqual({});
  });
});
