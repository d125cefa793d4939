// 工作要点: the year's key tasks grouped by status, with owner unit and due month, and the form to add or update one.
// The summary cites them as "明确了N项重点任务，已完成M项" and lists the unfinished ones under its problems.
import { View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { useState } from 'react';
import type { WorkTaskView } from '@core/workplan';
import { WORK_STATUSES, WORK_STATUS_LABELS } from '@core/vocabulary';
import AppButton from '@/components/AppButton';
import DeskLayout from '@/components/DeskLayout';
import EmptyState from '@/components/EmptyState';
import ErrorBanner from '@/components/ErrorBanner';
import Loading from '@/components/Loading';
import { useQuery } from '@/hooks/useQuery';
import { useUnits } from '@/hooks/useUnits';
import { formatDay } from '@/lib/time';
import { call } from '@/services/cloud';
import { usePeriod } from '@/stats/hooks/usePeriod';
import { emptyWorkTask, formFromWorkTask, type WorkTaskForm } from '@/stats/lib/workTaskForm';
import WorkTaskEditor from './WorkTaskEditor';
import '@/stats/components/stats.scss';
import './index.scss';

/** The task being edited, and the date of its stored note ('' for a new one). */
interface Editing {
  form: WorkTaskForm;
  noteDate: string;
}

function TaskRow({ task, onEdit }: { task: WorkTaskView; onEdit: () => void }) {
  return (
    <View className="stats-row js-task-item" onClick={onEdit}>
      <View className="stats-row__main">
        <View className="stats-row__title">{task.title}</View>
        <View className="muted">
          {task.ownerUnit?.name ?? '镇宣传办'} · {task.dueMonth}月底前
        </View>
        {task.note ? (
          <View className="muted workplan__note">
            {formatDay(task.noteDate)}：{task.note}
          </View>
        ) : null}
      </View>
      <View className="stats-row__side js-task-status-label">{WORK_STATUS_LABELS[task.status]} ›</View>
    </View>
  );
}

export default function WorkPlanPage() {
  // Opened from the dashboard with a period: the plan of the year the period ends in.
  const [period] = usePeriod();
  const [year, setYear] = useState(() => Number(period.to.slice(0, 4)));
  const [editing, setEditing] = useState<Editing | null>(null);
  const plan = useQuery(['workPlan', 'list', year], () => call('workPlan', 'list', { year }));
  const units = useUnits();
  const tasks = plan.data?.items ?? null;

  const changeYear = (step: -1 | 1) => {
    setEditing(null);
    setYear((y) => y + step);
  };
  /** The form opens above the list: a task tapped far down on a phone brings the page up to it. */
  const edit = (next: Editing) => {
    setEditing(next);
    setTimeout(() => void Taro.pageScrollTo({ selector: '.js-task-form', duration: 0 }).catch(() => undefined), 0);
  };
  const saved = () => {
    setEditing(null);
    void Taro.showToast({ title: '已保存', icon: 'success' });
  };

  return (
    <DeskLayout className="stats workplan">
      <View className="workplan__year card">
        <AppButton size="small" kind="plain" className="js-year-prev" onClick={() => changeYear(-1)}>
          ‹ 上一年
        </AppButton>
        <View className="workplan__year-label js-year">{year}年工作要点</View>
        <AppButton size="small" kind="plain" className="js-year-next" onClick={() => changeYear(1)}>
          下一年 ›
        </AppButton>
      </View>
      {units.error ? <ErrorBanner message={units.error} onRetry={() => void units.reload()} /> : null}
      {editing ? (
        <WorkTaskEditor
          key={editing.form.id ?? `new-${year}`}
          initial={editing.form}
          noteDate={editing.noteDate}
          units={units.units}
          onSaved={saved}
          onCancel={() => setEditing(null)}
        />
      ) : (
        <AppButton
          kind="primary"
          block
          className="js-task-new workplan__new"
          onClick={() => setEditing({ form: emptyWorkTask(year), noteDate: '' })}
        >
          新增重点任务
        </AppButton>
      )}
      {plan.error ? <ErrorBanner message={plan.error} onRetry={() => void plan.reload()} /> : null}
      {plan.loading && !tasks ? <Loading /> : null}
      {tasks && tasks.length === 0 ? (
        <View className="card">
          <EmptyState title={`${year}年还没有重点任务`} hint="重点任务及完成情况会写入年度总结" />
        </View>
      ) : null}
      {tasks && tasks.length > 0 ? (
        <View className="muted js-plan-count">
          共{tasks.length}项重点任务，已完成{tasks.filter((t) => t.status === 'done').length}项
        </View>
      ) : null}
      {WORK_STATUSES.map((status) => {
        const group = tasks?.filter((t) => t.status === status) ?? [];
        return group.length > 0 ? (
          <View key={status} className={`card js-task-group js-task-group-${status}`}>
            <View className="card-title">
              {WORK_STATUS_LABELS[status]}（{group.length}项）
            </View>
            {group.map((t) => (
              <TaskRow key={t.id} task={t} onEdit={() => edit({ form: formFromWorkTask(t), noteDate: t.noteDate })} />
            ))}
          </View>
        ) : null;
      })}
    </DeskLayout>
  );
}
