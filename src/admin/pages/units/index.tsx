// 单位与宣传平台 (admin): every unit of the township with its own platforms; the ones with none stand out.
import { View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { PLATFORM_LABELS, UNIT_KIND_LABELS, type UnitView } from '@core';
import { useState } from 'react';
import AppButton from '@/components/AppButton';
import DeskLayout from '@/components/DeskLayout';
import EmptyState from '@/components/EmptyState';
import ErrorBanner from '@/components/ErrorBanner';
import Loading from '@/components/Loading';
import Tag from '@/components/Tag';
import UnitForm from '@/admin/components/UnitForm';
import { useUnits } from '@/hooks/useUnits';

export default function UnitsPage() {
  const { units, loaded, error, reload } = useUnits();
  const [editing, setEditing] = useState<UnitView | 'new' | null>(null);
  const form =
    editing !== null ? (
      <UnitForm
        key={editing === 'new' ? 'new' : editing.id}
        unit={editing === 'new' ? undefined : editing}
        onCancel={() => setEditing(null)}
        onSaved={(u) => {
          setEditing(null);
          void Taro.showToast({ title: `已保存：${u.name}`, icon: 'none' });
        }}
      />
    ) : undefined;

  return (
    <DeskLayout className="units" aside={form} asideFirst>
      <AppButton kind="primary" block className="desk-gap js-new-unit" onClick={() => setEditing('new')}>
        新建单位
      </AppButton>
      {error ? <ErrorBanner message={error} onRetry={() => void reload()} /> : null}
      {!loaded ? <Loading /> : null}
      {units.map((u) => (
        <View key={u.id} className="card desk-link js-unit" onClick={() => setEditing(u)}>
          <View className="row-between">
            <View className="row">
              <View className="card-title js-unit-title">{u.name}</View>
              <Tag>{UNIT_KIND_LABELS[u.kind]}</Tag>
              {u.deactivatedAt ? (
                <Tag tone="warning" className="js-unit-inactive-tag">
                  已停用
                </Tag>
              ) : null}
            </View>
            <View className="muted">修改 ›</View>
          </View>
          <View className="row js-unit-platform-list">
            {u.platforms.length === 0 ? (
              <Tag tone="warning" className="js-no-platform">
                无自有平台
              </Tag>
            ) : (
              u.platforms.map((p) => (
                <Tag key={p} tone="success">
                  {PLATFORM_LABELS[p]}
                </Tag>
              ))
            )}
          </View>
        </View>
      ))}
      {loaded && units.length === 0 && !error ? (
        <EmptyState title="还没有单位" hint="先建好村、社区和企业，再给通讯员发邀请码" />
      ) : null}
    </DeskLayout>
  );
}
