// The home page's links into the desk beyond the review queue: 稿件 for editors, 账号与单位 for admins.
// The main package shows it, so it imports nothing from '@core' but types (the subpackages hold zod).
import { View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import type { Role } from '@core';
import './EditorShortcuts.scss';

export const ARTICLES_PAGE = '/editor/pages/articles/index';
export const ACCOUNTS_PAGE = '/admin/pages/accounts/index';
export const UNITS_PAGE = '/admin/pages/units/index';

const go = (url: string) => void Taro.navigateTo({ url });

export default function EditorShortcuts({ role }: { role: Role }) {
  if (role === 'reporter') return null;
  return (
    <View className="shortcuts">
      <View className="card shortcuts__item js-articles-link" onClick={() => go(ARTICLES_PAGE)}>
        <View className="card-title">稿件</View>
        <View className="muted">用线索写稿，登记刊发情况 ›</View>
      </View>
      {role === 'admin' ? (
        <View className="card shortcuts__item js-admin-link" onClick={() => go(ACCOUNTS_PAGE)}>
          <View className="card-title">账号与单位</View>
          <View className="muted">通讯员账号、邀请码、各单位宣传平台 ›</View>
        </View>
      ) : null}
    </View>
  );
}
