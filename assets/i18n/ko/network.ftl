## ko-network: 네트워크 탭 — 상태 표시줄, 손실 그래프, 결정 경계,
## 네트워크 편집기, 역전파 검사기 (규칙은 README.md).

## 상태 표시줄 (네트워크 탭)
statusbar-file-busy = 파일 작업 중…
statusbar-frame = 프레임 { $ms } ms
statusbar-frame-hover = 창이 마지막 프레임에 쓴 CPU 시간 (평활화)
statusbar-starting = 훈련 스레드를 시작하는 중…
statusbar-training = 훈련 중
statusbar-paused = 일시 정지
statusbar-pace-hover = 훈련 속도 (재생 버튼 옆 슬라이더; 훈련 ▸ 속도)
statusbar-pace-max = 최고 속도
statusbar-pace-rate = 초당 { $rate } 에포크
statusbar-epoch = 에포크 { $epoch }
statusbar-epoch-hover = 훈련 점 전체를 한 번씩 다 본 횟수
statusbar-samples = 샘플 { $samples }
statusbar-samples-hover = 가중치를 초기화한 뒤 처리한 훈련 샘플 수
statusbar-train = 훈련
statusbar-test = 테스트
statusbar-loss = { $part } 손실 { $loss }
statusbar-loss-hover = 현재 가중치의 { $part } 점에 대한 평균 손실
statusbar-accuracy = { $part } 정확도 { $accuracy }%
statusbar-accuracy-hover = 현재 가중치가 올바르게 분류하는 { $part } 점의 비율
statusbar-rate = 초당 { $rate } 샘플
statusbar-rate-unknown = 초당 — 샘플
statusbar-rate-hover = 지난 1초 동안 백그라운드 스레드의 훈련 처리량

## 손실 그래프와 되감기 타임라인
loss-train-loss = 훈련 손실
loss-train-loss-hover = 신경망이 훈련하는 점의 손실: 훈련이 진행되면 내려가야 합니다
loss-test-loss = 테스트 손실
loss-test-loss-hover = 신경망이 한 번도 훈련하지 않는 테스트 점의 손실: 훈련 손실은 내려가는데 이것이 올라가면 과대적합입니다
loss-train-accuracy = 훈련 정확도
loss-train-accuracy-hover = 올바르게 분류된 훈련 점의 비율
loss-test-accuracy = 테스트 정확도
loss-test-accuracy-hover = 올바르게 분류된 테스트 점의 비율: 신경망이 얼마나 잘 일반화하는지
loss-axis-epoch = 에포크
loss-axis-loss = 손실
loss-axis-loss-log = 손실 (로그 눈금)
loss-axis-accuracy = 정확도 %
loss-replayed-epoch = 되감은 에포크
loss-replay = 되감기
loss-replay-hover = 훈련 중에 저장한 가중치를 훑어봅니다 (초반일수록 자주 저장): 결정 경계와 뉴런 그림이 그 순간을 보여 줍니다. 재생을 누르면 현재로 돌아갑니다.
loss-replay-empty = 아직 체크포인트가 없습니다: 잠시 훈련하세요
loss-replay-epoch = 에포크 { $epoch }
loss-replay-now = 현재 (에포크 { $epoch })
loss-now = 현재
loss-now-hover = 현재 신경망으로 돌아갑니다 (재생도 현재로 돌아가 훈련을 이어 갑니다)
loss-timeline = 되감기 타임라인
loss-timeline-hover = 끌어서 이전 에포크의 신경망을 봅니다

## 결정 경계 보기
boundary-name = 결정 경계
boundary-name-hover = 평면 위에 그린 신경망의 출력과 데이터 점. 클릭하면 점을 추가하고, 끌면 옮기고, 오른쪽 클릭하면 지웁니다. Ctrl+스크롤로 확대하고, 두 번 클릭하면 (또는 F 키, 화면 맞춤) 모든 점이 보이게 맞춥니다
boundary-axis-standardized = { $name } (신경망에는 표준화해서 입력)

## 네트워크 편집기: 도구 모음, 열 머리글, 노드
editor-waiting = 훈련 스레드를 기다리는 중…
editor-hidden-layers = 은닉 층 { $count }개
editor-hidden-layers-hover = 입력과 출력 사이의 층. 하나도 없으면 신경망은 출력 뉴런 한 층(퍼셉트론)입니다
editor-reset = 가중치 초기화
editor-reset-hover = 시드의 초기 가중치로 되돌립니다 (R)
editor-inspect = 역전파 살펴보기
editor-inspect-hover = 훈련 샘플 하나를 따라 역전파 한 스텝을 살펴봅니다 (I)
editor-fit = 맞춤
editor-fit-hover = 모든 층이 패널 높이에 들어가도록 노드 크기를 맞춥니다
editor-node-size = 노드 크기
editor-node-size-hover = 뉴런 그림 한 변의 길이 (점)
editor-add-layer = 층 추가
editor-add-layer-hover = 출력 층 앞에 은닉 층을 하나 추가합니다
editor-remove-layer = 층 제거
editor-remove-layer-hover = 마지막 은닉 층을 제거합니다 (하나도 없으면 퍼셉트론)
editor-activation-hover = 이 층의 활성화 함수 (계단 함수와 부호 함수는 역전파로 훈련할 수 없습니다)
editor-neurons-hover = 뉴런 { $count }개, 활성화 함수 { $activation }
editor-fewer = { $layer }층에서 뉴런 제거
editor-fewer-hover = 뉴런 하나 줄이기
editor-more = { $layer }층에 뉴런 추가
editor-more-hover = 뉴런 하나 늘리기
editor-inputs = 입력 층
editor-inputs-detail = 클릭: 켜기/끄기
editor-output = 출력 층
editor-output-node = 출력 { $output }
editor-neuron-node = 뉴런 { $layer }.{ $neuron }
editor-input-node = 입력 { $input }
editor-neuron-hover = 뉴런: 그림은 평면 위에서의 출력입니다. 클릭하면 가중치를 보고 고칠 수 있습니다
editor-connections-hover = 연결: 선의 굵기는 가중치의 크기, 파랑은 양수, 주황은 음수입니다. 마우스를 올리면 가중치를 보여 주고, 클릭하면 고칩니다
editor-feature = 특성 { $feature }

## 네트워크 편집기: 풍선 도움말
editor-output-value = 값
editor-output-probability = P(클래스 { $class })
editor-output-neuron-title = 출력 뉴런 { $neuron } ({ $activation })
editor-neuron-title = { $layer }층 · 뉴런 { $neuron } ({ $activation })
editor-more-terms = … ({ $count }개 더)
editor-neuron-range = 보이는 영역에서 a는 { $low }부터 { $high }까지
editor-neuron-off = 꺼짐: 아무것도 전달하지 않습니다
editor-neuron-frozen = 고정된 입력 연결 { $count }개
editor-neuron-click = 그래프에 크게 표시 · 클릭하면 편집
editor-connection-title = { $from } → { $to }
editor-connection-frozen = 고정됨: 훈련이 이 가중치를 바꾸지 않습니다
editor-connection-click = 클릭하면 정확한 값을 입력하거나 고정할 수 있습니다
editor-input-title = 입력 { $feature }
editor-input-range = 보이는 영역에서: { $low }부터 { $high }까지 (표준화)
editor-input-click-off = 클릭하면 끕니다 (입력 층을 다시 만듭니다)
editor-input-click-on = 꺼짐 · 클릭하면 신경망에 입력합니다

## 뉴런 편집 창
editor-edit-title = 뉴런 편집
editor-edit-output-neuron = 출력 뉴런 { $neuron }
editor-edit-neuron = { $layer }층 · 뉴런 { $neuron }
editor-edit-bias = 편향 b = { $value }
editor-edit-bias-hover = 편향을 선택해 정확한 값을 입력합니다
editor-edit-weight = { $from }에서 오는 w = { $value }
editor-edit-weight-frozen = { $from }에서 오는 w = { $value }{"  "}(고정)
editor-edit-weight-hover = 이 가중치를 선택해 정확한 값을 입력하거나 고정합니다
editor-edit-exact = 정확한 값
editor-edit-exact-hover = 선택한 가중치나 편향. 숫자를 입력하고 Enter나 설정을 누르세요
editor-edit-set = 설정
editor-edit-set-hover = 선택한 가중치나 편향을 입력한 값으로 바꿉니다 (실행 취소 한 번)
editor-edit-not-a-number = 숫자를 입력하세요. 예: -0.5
editor-edit-frozen = 고정
editor-edit-frozen-hover = 훈련이 이 가중치를 그대로 둡니다
editor-edit-off = 끄기
editor-edit-off-hover = 손으로 하는 드롭아웃: 이 뉴런에서 나가는 가중치를 0으로 둡니다

## 역전파 검사기
inspector-title = 역전파 살펴보기
inspector-close = 닫기
inspector-close-hover = 검사기를 닫습니다 (I)
inspector-pick = 그래프에서 점을 클릭하거나 번호(0부터 { $last }까지)를 입력하면, 그 점으로 훈련 스텝 하나를 따라갑니다.
inspector-tracing = 추적하는 중…
inspector-sample = 샘플
inspector-sample-hover = 데이터에서 점의 번호, 파일 순서 (`nnlab backprop --sample`과 같음)
inspector-go = 이동
inspector-go-hover = 이 번호의 점을 따라갑니다
inspector-bad-index = 0부터 { $last }까지의 점 번호를 입력하세요
inspector-test-point = 테스트 점: 그레이디언트는 보여 주지만 훈련은 이 점에서 배우지 않습니다
inspector-training-point = 훈련 점
inspector-target = 타깃 { $value }
inspector-class = 클래스 { $class }
inspector-sample-line = 샘플 { $sample }: x = { $x }, { $target }, { $part }.
inspector-back = 이전
inspector-back-hover = 이전 과정
inspector-next = 다음
inspector-next-hover = 다음 과정
inspector-stage = 5과정 중 { $at }번째: { $name }
inspector-stage-forward = 정방향 계산
inspector-stage-loss = 손실
inspector-stage-backward = 역방향 계산
inspector-stage-gradients = 그레이디언트
inspector-stage-update = 업데이트
inspector-apply = 이 스텝 적용
inspector-apply-hover = 가중치를 정확히 이만큼 업데이트합니다 (샘플 하나, 훈련 스텝 하나처럼)
inspector-apply-disabled-hover = 테스트 점: 훈련은 이 점에서 배우지 않습니다
inspector-counts = 훈련 세트 전체에서 세기
inspector-counts-hover = 각 뉴런이 몇 개의 훈련 샘플에서 포화되거나 죽어 있는지
inspector-output = 출력
inspector-forward-what = 정방향 계산: 모든 뉴런이 층마다 차례로 z = Σ w·a + b를 계산하고, a = φ(z)를 냅니다.
inspector-forward-dots = 점들은 각 연결을 따라 w·a를 나릅니다. 뉴런에 마우스를 올리면 그 합을 보여 줍니다.
inspector-loss-sample = 이 샘플의 손실: { $formula }
inspector-loss-ce-formula = ℓ = −ln a_y  (a = softmax(z), y는 실제 클래스)
inspector-loss-against = { $outputs } (타깃: { $target })
inspector-backward-what = 역방향 계산: 출력 층부터 아래로, 모든 뉴런의 δ = ∂L/∂z.
inspector-backward-chain = 그 아래는 연쇄 법칙: δⱼ = φ'(zⱼ)·Σₖ wⱼₖ·δₖ. 뉴런에 마우스를 올리면 숫자를 보여 줍니다.
inspector-delta-cross-entropy = 출력 층에서 크로스 엔트로피이면 δ = ∂ℓ/∂z = a − y: 출력 빼기 타깃.
inspector-delta-squared-error = 출력 층에서 제곱 오차이면 δ = ∂ℓ/∂z = 2(a − t)·φ'(z).
inspector-gradients-what = 그레이디언트: 모든 연결에서 ∂L/∂w = a·δ, 모든 뉴런에서 ∂L/∂b = δ.
inspector-gradients-lines = 선의 굵기: 그레이디언트의 크기, 파랑: 양수, 주황: 음수. 연결에 마우스를 올려 보세요.
inspector-gradients-incoming = 들어오는 각 연결: ∂L/∂w = a·δ (마우스를 올려 보세요).
inspector-penalties = 규제: g = ∂L/∂w + λ₂·w + λ₁·sign(w) (λ₁ = { $l1 }, λ₂ = { $l2 }). 편향은 규제하지 않습니다.
inspector-update-lines = 연결은 각 가중치가 얼마나 움직이는지 보여 줍니다. 마우스를 올리면 이전 → 이후를 보여 줍니다.
inspector-update-sgd = 업데이트 (SGD, η = { $eta }): w ← w − η·∂L/∂w
inspector-update-momentum = 업데이트 (모멘텀(momentum), η = { $eta }, μ = { $mu }): v ← μ·v − η·g, 그다음 w ← w + v
inspector-update-adam = 업데이트 (Adam, η = { $eta }, β₁ = { $beta1 }, β₂ = { $beta2 }, ε = { $epsilon }): m ← β₁m + (1 − β₁)g, v ← β₂v + (1 − β₂)g², w ← w − η·m̂/(√v̂ + ε)
inspector-input-fed = { $input } = { $value }: 신경망에 입력됩니다
inspector-target-of = { $name }의 타깃 = { $value }
inspector-bias-of = { $name }의 b
inspector-weight-step = { $input }에서 오는 w: { $before } → { $after }
inspector-weight-name = { $input }에서 { $neuron }(으)로 가는 w
inspector-link-carries = { $name } = { $value }: 전달하는 값 w·a = { $product }
inspector-link-sends-back = { $name } = { $value }: 되돌려 보내는 값 w·δ = { $product }
inspector-held-frozen = { $name }은(는) { $value }에 머뭅니다: 연결이 고정되어 있습니다
inspector-held-off = { $name }은(는) 0으로 유지됩니다: 이 연결이 나오는 뉴런이 꺼져 있습니다
inspector-saturated = 포화
inspector-dead = 죽은 뉴런
inspector-saturated-why = 포화: 기울기 φ'(z)가 거의 0이라 그레이디언트가 거의 거꾸로 흐르지 못합니다 (그레이디언트 소실)
inspector-dead-why = 이 샘플에서 죽은 ReLU: z ≤ 0이라 출력과 기울기가 0이므로, 이 뉴런도 들어오는 가중치도 이 샘플에서 배우지 못합니다
inspector-tag-saturated = 포화 { $saturated }/{ $samples }
inspector-tag-dead = 죽음 { $dead }/{ $samples }
inspector-tag-both = 포화 { $saturated }, 죽음 { $dead }/{ $samples }
inspector-count-saturated = { $neuron } 포화 { $count }개
inspector-count-dead = { $neuron } 죽음 { $count }개
inspector-count-none = 훈련 샘플 { $samples }개 중 어디에서도 포화되거나 죽은 뉴런이 없습니다.
inspector-count-some = 훈련 샘플 { $samples }개 중: { $parts }.
inspector-backward-neuron = { $name }: δ = φ'(z)·Σₖ wₖ·δₖ, 여기서 φ'(z) = { $slope }

## 손실 그래프: 그래프 자체
loss-plot-hover = 에포크마다 훈련 점과 테스트 점의 손실. 마우스 휠로 에포크를 확대하고, 두 번 클릭하면 전체 실행을 봅니다
loss-accuracy-plot-hover = 에포크마다 훈련 점과 테스트 점의 정확도 (퍼센트). 마우스 휠로 에포크를 확대하고, 두 번 클릭하면 전체 실행을 봅니다
boundary-fit = 화면 맞춤
boundary-fit-hover = 모든 점이 테두리 안쪽에 넉넉히 보이게 맞춥니다 (F 키, 또는 보기를 두 번 클릭)
