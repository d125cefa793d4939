// The summary's figures as cards: the same numbers the year-end paragraph states.
import { View } from '@tarojs/components';
import { PUBLICATION_LEVEL_LABELS } from '@core/vocabulary';
import type { SummaryFigures } from '@core/stats';
import { formatCount, formatHours, formatRate } from '@/stats/lib/format';
import FigureCard from '@/stats/components/FigureCard';

interface Props {
  figures: SummaryFigures;
  onAlerts: () => void;
  /** Opens the work plan (工作要点) the 重点任务 card counts. */
  onWorkPlan: () => void;
}

export default function Figures({ figures, onAlerts, onWorkPlan }: Props) {
  // The four media levels have cards of their own; the total's detail names the township's own channels and the
  // median time from submission to first publication (its distribution is a chart of the dashboard).
  const own = (['own', 'newmedia'] as const)
    .map((l) => `${PUBLICATION_LEVEL_LABELS[l]}${figures.publicationsByLevel[l]}`)
    .join(' · ');
  return (
    <View className="figures js-figures">
      <FigureCard name="leadsSubmitted" label="报送线索" value={formatCount(figures.leadsSubmitted)} unit="条" />
      <FigureCard name="leadsAccepted" label="采用线索" value={formatCount(figures.leadsAccepted)} unit="条" />
      <FigureCard
        name="adoptionRate"
        label="采用率"
        value={formatRate(figures.adoptionRate)}
        detail={`审核用时中位数 ${formatHours(figures.medianHoursToDecision)}`}
      />
      <FigureCard
        name="publicationsTotal"
        label="媒体刊发"
        value={formatCount(figures.publicationsTotal)}
        unit="篇次"
        detail={`${own} · 见报用时中位数 ${formatHours(figures.medianHoursToFirstPublication)}`}
      />
      {(['national', 'provincial', 'municipal', 'county'] as const).map((level) => (
        <FigureCard
          key={level}
          name={`publications-${level}`}
          label={`${PUBLICATION_LEVEL_LABELS[level]}媒体`}
          value={formatCount(figures.publicationsByLevel[level])}
          unit="篇"
        />
      ))}
      <FigureCard
        name="profiles"
        label="人物通讯"
        value={formatCount(figures.articlesByKind.profile)}
        unit="篇"
        detail={`稿件共${figures.articlesTotal}篇`}
      />
      <FigureCard name="activeReporters" label="活跃通讯员" value={formatCount(figures.activeReporters)} unit="人" />
      <FigureCard
        name="trainings"
        label="培训"
        value={formatCount(figures.trainings)}
        unit="期"
        detail={`参训${figures.trainingAttendees}人`}
      />
      <FigureCard
        name="activities"
        label="宣传活动"
        value={formatCount(activityTotals(figures).count)}
        unit="场"
        detail={`参加${activityTotals(figures).participants}人次`}
      />
      <FigureCard
        name="workPlan"
        label="重点任务"
        value={formatCount(figures.workPlan.tasks)}
        unit="项"
        detail={`已完成${figures.workPlan.done}项`}
        onClick={onWorkPlan}
      />
      <FigureCard
        name="newMedia"
        label="新媒体账号"
        value={formatCount(figures.newMedia.accounts)}
        unit="个"
        detail={`粉丝${figures.newMedia.followers}，期内阅读${figures.newMedia.reads}`}
      />
      <FigureCard
        name="unitsWithoutPlatform"
        label="无宣传平台单位"
        value={formatCount(figures.unitsWithoutPlatform.count)}
        unit="个"
        detail={figures.unitsWithoutPlatform.units.map((u) => u.name).join('、') || undefined}
        onClick={onAlerts}
      />
    </View>
  );
}

/** All kinds together: activities held and people who took part (per kind on the summary page and the ledger). */
function activityTotals(f: SummaryFigures) {
  return Object.values(f.activitiesByKind).reduce(
    (sum, k) => ({ count: sum.count + k.count, participants: sum.participants + k.participants }),
    { count: 0, participants: 0 },
  );
}
