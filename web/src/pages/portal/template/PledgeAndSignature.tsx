export const PLEDGE = '本单位承诺所填报信息及提交材料真实、准确、完整，如有虚假，愿承担相应法律责任。';

/** 承诺 paragraph, then the lines for the legal representative's signature, the seal and the date. */
export function PledgeAndSignature() {
  return (
    <section className="tpl-pledge">
      <p className="tpl-pledge-text">{PLEDGE}</p>
      <div className="tpl-signatures">
        <div className="tpl-sign">
          法定代表人（签字）：<span className="tpl-sign-line" />
        </div>
        <div className="tpl-sign">
          单位（盖章）：<span className="tpl-sign-line" />
        </div>
        <div className="tpl-date">
          <span className="tpl-date-blank" />年<span className="tpl-date-blank" />月<span className="tpl-date-blank" />日
        </div>
      </div>
    </section>
  );
}
