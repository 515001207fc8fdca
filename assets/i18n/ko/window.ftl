## ko-window: 창의 조절 패널, 메뉴, 수업 패널과 메시지.

## 조절 패널 (왼쪽)
controls-data = 데이터
controls-network = 신경망
controls-training = 훈련
controls-points = 점 개수
controls-points-hover = 생성기가 그리는 점의 개수
controls-noise = 잡음
controls-noise-hover = 각 점에 더하는 가우스 잡음 (데이터 퍼짐에 대한 비율)
controls-classes = 클래스
controls-classes-hover = 생성기가 그리는 클래스 수 (나선 팔, 덩어리)
controls-file-classes = 점 { $points }개, 클래스 { $classes }개: { $names }
controls-file-regression = 점 { $points }개, 회귀 타깃
controls-file-hover = 파일에서 읽은 데이터: 생성기 설정은 적용되지 않습니다
controls-file-columns-hover = 두 입력으로 쓰는 파일의 열
controls-file-standardized = 신경망 입력은 표준화됨: z = (x − μ)/σ, μ = { $mean }, σ = { $std }
controls-file-standardized-hover = 그림은 파일의 원래 단위로 보여 주고, 신경망은 각 입력을 평균 0, 퍼짐 1로 받습니다
controls-speed = 속도
controls-speed-max = 최대
controls-speed-value = 초당 { $rate } 에포크
controls-speed-hover = 훈련 속도: 결정 경계가 생기는 모습을 볼 만큼 느리게, 또는 "최대"로 전속력
controls-undo = 실행 취소
controls-undo-hover = 실행 취소: { $edit } (Ctrl+Z)
controls-undo-nothing-hover = 취소할 것이 없습니다
controls-redo = 다시 실행
controls-redo-hover = 다시 실행: { $edit } (Ctrl+Shift+Z)
controls-redo-nothing-hover = 다시 실행할 것이 없습니다
controls-play = 재생
controls-play-hover = 백그라운드 스레드에서 계속 훈련 (Space)
controls-pause = 일시 정지
controls-pause-hover = 훈련 멈춤 (Space)
controls-step = 한 스텝
controls-step-hover = 미니 배치 하나로 훈련 (S)
controls-step-epoch = 한 에포크
controls-step-epoch-hover = 모든 훈련 점을 한 번 훑어 훈련 (Shift+S)
controls-reset = 초기화
controls-reset-hover = 시드가 주는 초기 가중치로 다시 시작 (R)
controls-dataset = 데이터셋
controls-dataset-file = { $name } (파일)
controls-dataset-hover = 점의 출처: 내장 생성기 (내 데이터는 파일 ▸ 데이터셋 열기…)
controls-generator-blobs = 가우스 덩어리
controls-generator-circle = 원
controls-generator-quadrants = 사분면 (XOR 구름)
controls-generator-spiral = 나선
controls-generator-moons = 두 개의 달
controls-generator-sine = 사인 경계
controls-generator-and = AND 게이트
controls-generator-or = OR 게이트
controls-generator-xor = XOR 게이트
controls-generator-plane = 평면 (회귀)
controls-generator-gaussians = 가우스 봉우리 (회귀)
controls-test-ratio = 테스트 비율
controls-test-ratio-hover = 일반화를 재려고 떼어 두는 점의 비율: 훈련에 쓰지 않습니다
controls-test-ratio-gate-hover = 게이트의 점 4개는 진리표 전체: 모두 훈련에 씁니다
controls-regenerate = 다시 생성
controls-regenerate-hover = 데이터셋을 다시 그림
controls-regenerate-file-hover = 파일 데이터는 다시 그릴 수 없습니다: 위에서 생성기를 고르세요
controls-clear = 지우기
controls-clear-hover = 모든 점 지우기 (취소 가능)
controls-keep-weights = 새 데이터에서도 가중치 유지
controls-keep-weights-hover = 새 데이터, 새 분할, 다른 생성기는 보통 새 실험을 시작합니다: 시드에서 새 가중치, 빈 손실 기록. 이것을 켜면 같은 신경망을 새 데이터로 훈련합니다.
controls-new-point-class = 새 점의 클래스 (키 1–9):
controls-class = 클래스 { $name }
controls-class-hover = 새 점이 클래스 { $name }을(를) 받음 (키 { $key })
controls-new-value = 새 점의 값{" "}
controls-new-value-hover = 클릭해서 추가한 점이 받는 타깃 값 (회귀 데이터)
controls-show-test = 테스트 데이터 보기
controls-show-test-hover = 테스트 점은 속이 빈 원으로 그립니다
controls-discretize = 출력 이산화
controls-discretize-hover = 확률 대신 클래스 영역을 한 색으로 칠함
controls-mouse-help = 클릭: 추가 · 끌기: 이동 · 오른쪽 클릭: 삭제
controls-features = 입력 특성
controls-feature-x1-hover = 첫째 좌표 x₁을 신경망에 입력
controls-feature-x2-hover = 둘째 좌표 x₂를 신경망에 입력
controls-feature-x1-squared-hover = x₁²도 입력: 뉴런 하나로도 굽은(2차) 경계를 그릴 수 있음
controls-feature-x2-squared-hover = x₂²도 입력: 뉴런 하나로도 굽은(2차) 경계를 그릴 수 있음
controls-feature-x1x2-hover = 곱 x₁·x₂도 입력: 뉴런 하나로 마주 보는 사분면(XOR)을 나눔
controls-feature-sin-x1-hover = sin x₁도 입력: 나선에 도움이 되는 물결 입력
controls-feature-sin-x2-hover = sin x₂도 입력: 나선에 도움이 되는 물결 입력
controls-hidden-layers = 은닉 층 { $count }개
controls-add-layer-hover = 은닉 층 추가
controls-remove-layer-hover = 마지막 은닉 층 제거
controls-layer = 층 { $layer }:
controls-neurons = {" "}뉴런
controls-neurons-hover = 은닉 층 { $layer }의 뉴런 수: 각 뉴런은 a = φ(Σ w·x + b)를 계산 (끌거나 입력, 1부터 { $max }까지)
controls-activation = 활성화 함수
controls-activation-mixed = 혼합
controls-activation-mixed-hover = 은닉 층들의 φ (층마다 다름: 신경망 편집기에서 각각 설정)
controls-activation-hover = 모든 은닉 층의 φ, a = φ(z): { $formula }
controls-activation-heaviside-formula = step(z) = 1 (z ≥ 0), 아니면 0
controls-activation-sign-formula = sign(z) = −1, 0 또는 +1
controls-activation-identity-formula = φ(z) = z
controls-activation-sigmoid-formula = σ(z) = 1 / (1 + e^(−z)),  σ' = σ(1 − σ)
controls-activation-tanh-formula = tanh(z),  tanh' = 1 − tanh²
controls-activation-relu-formula = max(0, z)
controls-activation-leaky-relu-formula = z (z ≥ 0), 아니면 0.01·z
controls-learning-rate = 학습률
controls-learning-rate-hover = 각 업데이트의 보폭 η: w ← w − η·∂L/∂w
controls-batch-size = 배치 크기
controls-batch-size-hover = 경사 하강 스텝 하나에 평균하는 샘플 수
controls-optimizer = 옵티마이저
controls-optimizer-hover = 각 그레이디언트 g = ∂L/∂w가 한 스텝이 되는 방식. 지금: { $rule }
controls-optimizer-sgd-formula = 기본 경사 하강법: w ← w − η·g
controls-optimizer-momentum-formula = 스텝을 부드럽게 하는 누적 속도를 쓰는 경사 하강법: v ← μ·v − η·g, w ← w + v (μ = 0.9)
controls-optimizer-adam-formula = g와 g²의 이동 평균으로 가중치마다 보폭을 맞춤: m ← β₁m + (1−β₁)g, v ← β₂v + (1−β₂)g², w ← w − η·m̂/(√v̂ + ε), m̂, v̂는 편향 보정값 (β₁ = 0.9, β₂ = 0.999)
controls-loss = 손실
controls-loss-hover = 훈련이 최소화하는 것. 지금: { $formula }
controls-loss-auto-formula = auto: 데이터에 맞는 보통의 손실: 회귀는 평균 제곱 오차, 2 클래스는 이진 크로스 엔트로피, 그 이상은 크로스 엔트로피(소프트맥스)
controls-loss-mse-formula = 평균 제곱 오차, 회귀용: L = (a − t)²의 평균
controls-loss-bce-formula = 이진 크로스 엔트로피, 시그모이드 출력의 2 클래스용: L = −[y·ln p + (1 − y)·ln(1 − p)]
controls-loss-ce-formula = 소프트맥스 출력의 크로스 엔트로피, 2개 이상 클래스용: L = −ln p(정답 클래스)
controls-l1 = L1
controls-l1-hover = 가중치(편향 제외)에 대한 벌점 λ₁·Σ|w|: 가중치를 정확히 0으로 밀어냄
controls-l2 = L2
controls-l2-hover = 가중치(편향 제외)에 대한 벌점 (λ₂/2)·Σw²: 모든 가중치를 줄임
controls-seed = 시드{" "}
controls-seed-hover = 초기 가중치, 섞기, 분할의 시드
controls-new-seed = 새 시드
controls-new-seed-hover = 다른 시드 고르기: 새 초기 가중치, 섞기, 분할
controls-resolution = 경계 해상도
controls-resolution-hover = 결정 경계 그림의 한 변당 칸 수

## 메뉴 막대
menu-file = 파일
menu-open-dataset = 데이터셋 열기…
menu-save-dataset = 데이터셋 저장…
menu-open-session = 세션 열기…
menu-save-session = 세션 저장…
menu-open-lesson = 수업 열기…
menu-export-boundary = 결정 경계 그림 내보내기…
menu-export-loss = 손실 그래프 그림 내보내기…
menu-export-animation = 훈련 애니메이션 내보내기…
menu-quit = 끝내기
menu-edit = 편집
menu-undo = 실행 취소
menu-undo-edit = 실행 취소: { $edit }
menu-redo = 다시 실행
menu-redo-edit = 다시 실행: { $edit }
menu-clear-data = 데이터 지우기
menu-regenerate-data = 데이터 다시 생성
menu-train = 훈련
menu-play = 재생
menu-pause = 일시 정지
menu-step-batch = 배치 하나 훈련
menu-step-epoch = 에포크 하나 훈련
menu-reset = 가중치 초기화
menu-inspect = 역전파 살펴보기
menu-learn = 배우기
menu-lesson = { $number }. { $title }
menu-lesson-steps-heading = 통과한 단계
menu-lesson-steps = { $passed }/{ $steps }
menu-first-try-heading = 첫 답이 맞음
menu-first-try = { $answered }개 가운데 { $right }개 (질문 { $questions }개)
menu-first-try-hover = 지금까지 답한 이 수업의 질문 가운데 첫 답이 맞은 질문의 수입니다(나중에 바꾼 답은 세지 않습니다). 교사를 위한 열입니다.
menu-open-lesson-file = 수업 파일 열기…
menu-close-lesson = 수업 닫기
menu-view = 보기
menu-show-test = 테스트 데이터 보기
menu-discretize = 출력 이산화
menu-log-loss = 손실을 로그 눈금으로
menu-editor = 신경망 편집기
menu-editor-hover = 오른쪽에서 신경망을 그리고 편집하는 패널
menu-help = 도움말
menu-help-mouse = 결정 경계 화면에서 마우스:
menu-help-click = {"  "}클릭: 선택한 클래스의 점 추가
menu-help-drag = {"  "}점 끌기: 이동 · 오른쪽 클릭: 삭제
menu-help-pan = {"  "}빈 곳 끌기: 이동 · Ctrl+스크롤: 확대/축소 · 더블 클릭: 맞춤
menu-help-keys = 키: Space 재생/일시 정지 · S 한 스텝 · Shift+S 에포크 · R 초기화 · I 역전파 살펴보기
menu-help-keys-more = {"      "}1–9 클래스 · Ctrl+Z 실행 취소 · Ctrl+Shift+Z 다시 실행
menu-crash = 작업 스레드 충돌 흉내
menu-crash-hover = 훈련 스레드가 죽어도 창이 버티는지 확인 (NNLAB_DEBUG)
menu-open-dataset-hover = CSV 파일에서 점 불러오기 (열을 직접 고름)
menu-save-dataset-hover = 지금의 점을 CSV 파일로 저장
menu-open-session-hover = 전에 저장한 데이터, 설정, 훈련된 가중치 불러오기
menu-save-session-hover = 나중에 이어 하도록 데이터, 설정, 최근 가중치를 저장
menu-open-lesson-hover = 교사가 쓴 수업 파일(.toml) 열기
menu-export-boundary-hover = 결정 경계 화면을 PNG 그림으로 저장
menu-export-loss-hover = 손실 그래프를 PNG 그림으로 저장
menu-export-animation-hover = 지금까지의 훈련을 움직이는 GIF로 저장 (체크포인트마다 한 프레임)
menu-quit-hover = nnlab 닫기
menu-undo-hover = 데이터, 설정, 신경망의 마지막 변경을 되돌림
menu-redo-hover = 실행 취소로 되돌린 변경을 다시 적용
menu-play-hover = 훈련 시작 또는 멈춤
menu-inspect-hover = 샘플 하나를 정방향 계산, 손실, 역전파, 업데이트까지 따라가 봄
menu-close-lesson-hover = 수업 패널 닫기 (진도는 남음)
menu-log-loss-hover = 손실을 로그 축에 그려 늦게 오는 작은 개선도 보이게 함
menu-language-hover = 창의 모든 글의 언어 (설정과 함께 저장됨)

## 창 메시지
window-other-instance = 다른 nnlab 창이 실행 중입니다: 이 창은 자동 저장하지 않습니다
window-own-autosave = 다른 nnlab 창이 실행 중입니다: 이 창은 따로 자동 저장하고 설정도 따로 둡니다. 수업 진행 상황은 함께 씁니다
window-locked-by-lesson = 이 수업 단계에서는 그 조절을 잠가 두었습니다 (교실 모드)
lesson-answer-first = 먼저 수업 패널의 질문에 답하세요. 예측한 다음에 확인합니다.
lesson-predict-first = 먼저 예측하세요. 답할 때까지 훈련, 실습의 진행과 실행, 역전파 살펴보기의 다음 과정은 기다립니다.
window-change-refused = { $reason }; 변경을 적용하지 않았습니다
window-settings-fixed = 저장된 설정이 범위를 벗어나 되돌렸습니다: { $fixes }
settings-fix-grid = 결정 경계 해상도 { $found }은(는) 범위 { $min }~{ $max } 밖이라 { $used }(으)로 바꿉니다
settings-fix-pace = 훈련 속도가 고를 수 있는 범위를 벗어나 가장 가까운 값을 씁니다
settings-fix-config = { $reason }; 기본 설정을 씁니다
window-dismiss-hover = 닫기 (메시지는 { $seconds }초 뒤에 저절로 사라집니다)
apply-opened-dataset = { $name }을(를) 열었습니다: 점 { $points }개
apply-opened-session = 세션 { $name }을(를) 열었습니다 (에포크 { $epoch })
apply-opened-from-lab = 실습에서 점 { $points }개를 열었습니다: tanh 유닛 4개짜리 은닉 층 하나
apply-restored-autosave = 자동 저장된 세션을 복원했습니다 (에포크 { $epoch })
apply-restore-failed = 자동 저장된 세션을 복원할 수 없습니다: { $reason }
apply-lesson-no-steps = 이 수업에는 단계가 없습니다
apply-lesson-setup-failed = 이 단계의 준비에 실패했습니다: { $reason }
apply-lesson-setup-part = [{ $part }] { $reason }
apply-sample-step = 샘플 { $sample }의 스텝을 적용했습니다: 가중치가 업데이트 표시대로 움직였습니다 (훈련 스텝처럼 실행 취소로 되돌리지 않습니다; 초기화하면 시드의 가중치로 돌아갑니다)

## 탭 막대와 실습 조절 (도움말)
tab-network-hover = 다층 퍼셉트론(MLP)을 2차원 데이터에서 역전파로 훈련하며 결정 경계를 봅니다
tab-logic-hover = 매컬록–피츠 뉴런: 흥분성 입력이 임곗값 θ에 이르고 억제성 입력이 하나도 켜지지 않으면 뉴런이 발화합니다
tab-perceptron-hover = 퍼셉트론 학습 규칙으로 훈련하는 로젠블랫의 퍼셉트론(TLU): w ← w + η(y − ŷ)x
tab-compare-hover = 같은 데이터에서 퍼셉트론 학습 규칙과 로지스틱 회귀를 나란히 비교
notes-toggle-hover = 실습 옆의 개념 노트를 보이거나 숨김
lab-data-hover = 실습이 훈련하는 점
lab-run-hover = 슬라이더의 속도로 계속 훈련
lab-pause-hover = 실행 멈춤 (샘플 하나 진행과 초기화는 계속 쓸 수 있음)
logic-gate-identity-hover = A에서 오는 흥분성 연결 하나, 임곗값 θ = 1: A가 켜지면 C가 발화
logic-gate-and-hover = 흥분성 연결 둘, 임곗값 θ = 2: A와 B가 모두 켜져야 C가 발화
logic-gate-or-hover = 흥분성 연결 둘, 임곗값 θ = 1: 입력 하나만 켜져도 충분
logic-gate-and-not-hover = A는 흥분성, B는 억제성, 임곗값 θ = 1: B가 켜지면 뉴런을 막음
logic-gate-xor-hover = 뉴런 하나로는 XOR를 계산할 수 없음: 두 층, h₁ = A AND NOT B, h₂ = B AND NOT A, C = h₁ OR h₂
logic-custom-hover = 매컬록–피츠 뉴런으로 나만의 신경망 만들기
logic-input-hover = 클릭하면 입력 { $name }이(가) 0과 1 사이에서 바뀜
logic-add-neuron-hover = 뉴런 추가 (임곗값 θ = 1, 아직 입력 없음)
logic-edit-neuron-hover = 뉴런 { $name } 편집: 임곗값, 출력 여부, 들어오는 연결
logic-threshold-hover = 흥분성 입력이 θ개 이상 켜지고 억제성 입력이 하나도 켜지지 않으면 뉴런이 발화
logic-output-hover = 이 뉴런의 값을 신경망의 출력으로 보임
logic-remove-hover = 이 뉴런과 그 연결을 제거
logic-line-none-hover = 이 출처에서 오는 연결 없음
logic-line-excitatory-hover = 흥분성 연결: 출처가 켜지면 임곗값 θ에 셈
logic-line-inhibitory-hover = 억제성 연결: 출처가 켜지면 뉴런이 발화할 수 없음
perceptron-step-hover = TLU의 계단 함수: 헤비사이드(heaviside)는 0 또는 1, 부호 함수(sign)는 −1 또는 +1
perceptron-step-sample-hover = 다음 샘플을 퍼셉트론에 보여 줌; 틀리면 w ← w + η(y − ŷ)x로 업데이트
perceptron-step-epoch-hover = 모든 샘플을 한 번씩 보여 주고, 틀릴 때마다 업데이트
perceptron-reset-hover = 어떤 샘플도 보기 전의 0 가중치와 편향으로 돌아감
perceptron-new-class-hover = 그림을 클릭하면 클래스 { $name }의 점이 추가됨
perceptron-class-key-hover = 클래스 { $name }의 점
perceptron-boundary-key-hover = TLU의 출력이 바뀌는 직선 w·x + b = 0; 화살표는 w
perceptron-open-in-network-hover = 이 점들로 다층 퍼셉트론을 훈련: tanh 유닛 4개짜리 은닉 층 하나면 TLU 하나로는 못 그리는 경계를 그릴 수 있음
compare-step-round-hover = 한 라운드: 퍼셉트론은 모든 샘플을 한 번씩 보고, 로지스틱 회귀는 경사 하강 스텝를 밟음
compare-reset-hover = 두 모델 모두 0 가중치로 돌아감
compare-logistic-eta-hover = 로지스틱 회귀 경사 하강법의 학습률: w ← w − η·∂L/∂w (바꾸면 처음부터 다시 시작)

## 수업 패널
lesson-close-hover = 수업 닫기
lesson-fold = 접기
lesson-fold-hover = 패널을 접어 둠
lesson-classroom = 교실 모드
lesson-classroom-hover = 수업 작성자가 고른 대로 각 단계가 지정한 조절을 숨기거나 잠급니다
lesson-step-hover = 이 단계 열기 (준비를 다시 적용)
lesson-step-locked-hover = 앞 단계들을 먼저 통과하세요
lesson-step-passed-name = { $step }, 통과
lesson-step-of = 단계 { $step } / { $steps }
lesson-choice-hover = 이 답 고르기
lesson-hint = 힌트: { $hint }
lesson-show-hint = 힌트 보기
lesson-show-hint-hover = 이 단계의 실마리 보기
lesson-next-step = 다음 단계
lesson-next-step-hover = 수업의 다음 단계로 넘어감
lesson-restart-step = 이 단계 다시 시작
lesson-restart-step-hover = 단계의 준비를 다시 적용합니다
lesson-goal = 목표
lesson-step-passed = 단계 통과
lesson-locked = 이 단계에서 잠김: { $groups }
lesson-hidden = 이 단계에서 숨김: { $groups }
lesson-complete = 수업 완료
lesson-next-lesson = 다음 수업: { $title }
lesson-next-lesson-hover = 과정의 다음 수업 시작
lesson-builtin-broken = 내장 수업 { $file }: { $reason }
lesson-group-tabs = 탭
lesson-group-data = 데이터
lesson-group-features = 입력 특성
lesson-group-network = 신경망 모양
lesson-group-training = 훈련 설정
lesson-group-run = 재생, 한 스텝, 초기화
lesson-group-editor = 정확한 가중치
lesson-group-inspector = 역전파 살펴보기
lesson-group-logic-network = 논리 신경망
lesson-control-logic-preset = 논리 프리셋
lesson-group-logic-targets = 진리표 타깃
lesson-group-lab-data = 실습 데이터
lesson-group-lab-settings = 실습 설정
lesson-group-lab-run = 실습의 진행, 실행, 초기화
lesson-group-notes = 개념 노트

## 수업 목표
lesson-goal-all = 모두: { $parts }
lesson-goal-any = 하나 이상: { $parts }
lesson-goal-train-accuracy = 훈련 정확도 { $bounds }{ $now }
lesson-goal-test-accuracy = 테스트 정확도 { $bounds }{ $now }
lesson-goal-logistic-accuracy = 로지스틱 회귀의 정확도 { $bounds }{ $now }
lesson-goal-train-loss = 훈련 손실 { $bounds }{ $now }
lesson-goal-test-loss = 테스트 손실 { $bounds }{ $now }
lesson-goal-logistic-loss = 로지스틱 회귀의 손실 { $bounds }{ $now }
lesson-goal-hidden-neurons = 은닉 뉴런 수 { $bounds }{ $now }
lesson-goal-hidden-layers = 은닉 층 수 { $bounds }{ $now }
lesson-goal-epochs = 훈련한 에포크 수 { $bounds }{ $now }
lesson-goal-perceptron-steps = 퍼셉트론 실습에서 진행한 샘플 수 { $bounds }{ $now }
lesson-figure-train-loss = 훈련 손실
lesson-figure-test-loss = 테스트 손실
lesson-figure-train-accuracy = 훈련 정확도
lesson-figure-test-accuracy = 테스트 정확도
lesson-bound-at-least = { $value } 이상
lesson-bound-at-most = { $value } 이하
lesson-bound-above = { $value } 초과
lesson-bound-below = { $value } 미만
lesson-bounds-two = { $low } { $high }
lesson-goal-weight = { $neuron }의 입력 { $input } 가중치 { $bounds }{ $now }
lesson-goal-bias = { $neuron }의 편향 { $bounds }{ $now }
lesson-goal-perceptron-converged = 퍼셉트론이 수렴하기
lesson-goal-perceptron-not-converged = 퍼셉트론이 수렴하지 못하고 멈추기
lesson-goal-perceptron-running = 퍼셉트론이 아직 실행 중
lesson-goal-compare-converged = 로지스틱 회귀 옆의 퍼셉트론이 수렴하기
lesson-goal-compare-not-converged = 로지스틱 회귀 옆의 퍼셉트론이 수렴하지 못하고 멈추기
lesson-goal-compare-running = 로지스틱 회귀 옆의 퍼셉트론이 아직 실행 중
lesson-goal-updates-within = 퍼셉트론 업데이트 횟수가 노비코프 한계 { $limit } 이내{ $now }
lesson-goal-updates-within-unknown = 퍼셉트론 업데이트 횟수가 노비코프 한계 이내{ $now }
lesson-goal-updates = 퍼셉트론 업데이트 횟수 { $bounds }{ $now }
lesson-goal-step-heaviside = 퍼셉트론이 헤비사이드 계단 함수를 씀
lesson-goal-step-sign = 퍼셉트론이 부호 함수를 씀
lesson-goal-now = {" "}(지금 { $value })
lesson-goal-truth-table = 출력 열이 { $want }{ $now }
lesson-goal-inspector = 역전파 살펴보기에서 { $stage } 과정까지 가기
lesson-goal-answer = 질문의 정답
lesson-goal-output-neuron = 출력 뉴런 { $neuron }
lesson-goal-hidden-neuron = 은닉 층 { $layer }의 뉴런 { $neuron }
window-adam-shake = 드물게 보이는 그레이디언트에 대한 Adam의 보폭이 커져 있었습니다: 점 하나를 고쳐도 모델이 한동안 흔들릴 수 있습니다 (다시 안정됩니다). SGD나 더 작은 학습률은 덜 흔들립니다.
recovery-autosave-crashed = 자동 저장 스레드가 뜻밖에 멈췄습니다. 다음 주기에 다시 시도합니다

## 애니메이션 내보내기
export-saved = 훈련 애니메이션(프레임 { $frames }개)을 { $path }에 저장했습니다
export-write-failed = { $path }에 쓸 수 없습니다: { $reason }
export-cancelled = 애니메이션 내보내기를 취소했습니다
export-failed = 애니메이션을 내보낼 수 없습니다: { $reason }
export-stopped = 애니메이션 내보내기가 뜻밖에 멈췄습니다
export-progress = 애니메이션 { $done }/{ $total }
export-cancel = 내보내기 취소
export-cancel-hover = 애니메이션 쓰기를 멈춥니다; 아무것도 저장하지 않습니다
export-already-running = 애니메이션 내보내기가 이미 진행 중입니다

## Undo and Redo: what a step did (Edit menu, Undo/Redo tooltips)
history-add-point = 점 추가
history-delete-point = 점 삭제
history-move-point = 점 이동
history-split = 새 훈련/테스트 분할
history-replace-data = 데이터 교체
history-dataset-settings = 데이터셋 설정
history-set-weight = 가중치 설정
history-set-bias = 편향 설정
history-freeze = 연결 고정
history-release = 연결 고정 해제
history-neuron-off = 뉴런 끄기
history-neuron-on = 뉴런 켜기
history-network-shape = 신경망 구조
history-learning-rate = 학습률
history-batch-size = 배치 크기
history-test-ratio = 테스트 비율
history-seed = 시드
history-optimizer = 옵티마이저
history-regularization = 규제
history-loss = 손실
history-training-settings = 훈련 설정

## The training thread
window-worker-crashed = 훈련 스레드가 뜻밖에 멈췄습니다. 데이터와 설정을 그대로 두고 다시 시작했습니다. 계속하려면 재생을 누르세요.
window-worker-not-started = 훈련을 시작할 수 없습니다: { $reason }
## 작업 공간: 접고 옮기는 옆 패널
layout-lesson = 수업
layout-controls = 조절 패널
layout-editor = 신경망 편집기
layout-fold = 접기
layout-fold-hover = 이 패널을 창 가장자리의 띠로 접습니다. 띠를 클릭하면 다시 열립니다
layout-move = 반대쪽
layout-move-hover = 이 패널을 창의 반대쪽으로 옮깁니다
layout-unfold-hover = 이 패널을 엽니다. 창에 자리가 없으면 가장 덜 필요한 패널이 대신 접힙니다
