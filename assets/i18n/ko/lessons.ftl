## 수업 검사기가 교사에게 하는 말 (nnlab lesson check, 파일 ▸ 수업 열기…)

lesson-error-io = 파일을 읽을 수 없습니다: { $reason }
lesson-error-too-large = 파일이 { $bytes }바이트입니다. 수업 파일은 { $limit }바이트까지입니다.
lesson-error-at = { $line }행 { $column }열: { $problem }
lesson-problem-not-utf8 = 파일이 UTF-8 텍스트가 아닙니다. 편집기에서 UTF-8로 저장하세요.
lesson-problem-unknown-key = { $table }에는 `{ $key }` 키가 없습니다. 쓸 수 있는 키: { $known }.
lesson-problem-key-belongs = `{ $key }`는 { $belongs }의 키인데, TOML은 { $table } 줄 뒤에 쓴 키를 모두 그 표에 넣습니다. `{ $key }`를 { $table } 위로 옮기세요.
lesson-problem-missing-key = { $table }에 `{ $key }` 키가 있어야 합니다.
lesson-problem-wrong-type = `{ $key }`에 쓸 수 있는 것은 { $expected }인데, 여기에 쓴 것은 { $found }입니다.
lesson-problem-not-whole = `{ $key }`에는 0 이상의 정수를 써야 하는데, 여기에 쓴 것은 { $found }입니다.
lesson-problem-unknown-name = `{ $key }`는 "{ $found }"일 수 없습니다. 다음 가운데 하나를 쓰세요: { $names }.
lesson-problem-did-you-mean = "{ $name }"을(를) 뜻했나요?
lesson-problem-two-kinds = 검사는 종류가 하나인 표인데, 이 표에는 `{ $first }`와 `{ $second }`가 함께 있습니다. 둘 다 요구하려면 all = [{"{"} { $first } = … {"}"}, {"{"} { $second } = … {"}"}]로 쓰세요.
lesson-problem-no-kind = 이 검사에는 보여 줄 말(`label`)이나 유지할 기간(`for_epochs`)만 있고 무엇을 검사할지가 없습니다. 예를 들어 accuracy = {"{"} on = "train", at_least = 0.9 {"}"}처럼 종류를 쓰세요.
lesson-problem-duplicate-key = `{ $key }`가 한 표에 두 번 있습니다. 하나만 남기세요.
lesson-problem-bad-id = id "{ $id }"는 영어 소문자, 숫자, -, _로만 써야 합니다(진도가 이 이름으로 저장됩니다).
lesson-problem-no-steps = 수업에 단계가 없습니다. [[step]] 표를 추가하세요.
lesson-problem-empty-text = 이 텍스트가 비어 있습니다. 적어도 영어 텍스트를 쓰세요.
lesson-problem-empty-list = `all`, `any`, `then`의 목록에는 검사가 하나 이상 있어야 합니다.
lesson-problem-no-bound = 경계를 하나 이상 쓰세요: at_least, at_most, above, below.
lesson-problem-empty-range = 이 경계를 모두 만족하는 수가 없습니다(또는 경계 가운데 유한한 수가 아닌 것이 있습니다).
lesson-problem-truth-table = 진리표는 0 또는 1로 된 2, 4, 8행이어야 하는데, 이 진리표는 { $found }행입니다.
lesson-problem-no-question = 답 검사에는 질문이 필요합니다. 이 단계에 [step.question]을 추가하세요.
lesson-problem-answer-on-number = 이 단계의 질문은 수를 묻습니다. `answer`가 아니라 answer_number = {"{"} value = …, within = … {"}"}로 검사하세요.
lesson-problem-number-on-choices = 이 단계의 질문에는 선택지가 있습니다. answer = …로 검사하거나, 수를 물으려면 [step.question]에 number = true를 쓰세요.
lesson-problem-number-with-choices = 수를 묻는 질문(number = true)에는 선택지가 없습니다. `choices`를 지우거나 number = true를 지우세요.
lesson-problem-answer-range = 선택지 { $answer }번은 없습니다. 질문의 선택지는 { $choices }개이고 0번부터 셉니다.
lesson-problem-few-choices = 질문에는 선택지가 2개 이상 있어야 합니다.
lesson-problem-data-source = [step.setup.data]에는 generator, gate, csv 가운데 정확히 하나가 있어야 하는데, { $found }개가 있습니다.
lesson-problem-field-source = `{ $field }`는 { $source } 데이터에는 쓰지 않습니다.
lesson-problem-bad-value = `{ $field }`는 { $allowed }이어야 합니다.
lesson-problem-builtin-files = 내장 수업은 파일을 가리킬 수 없습니다. 수업을 내 폴더에 복사하고 파일을 그 옆에 두세요.
lesson-problem-csv = 데이터 파일 { $file }: { $reason }
lesson-problem-csv-io = 데이터 파일 { $file }을(를) 읽을 수 없습니다. { $reason }.
lesson-problem-image = 그림 { $file }: { $reason }.
lesson-problem-next = `next`가 "{ $id }"를 가리키지만, 그런 id의 내장 수업도 이 수업 옆의 { $id }.toml 파일도 없습니다.
lesson-problem-ui-key = {"{"}ui:{ $key }{"}"}는 창의 어떤 이름표도 가리키지 않습니다. 카탈로그(assets/i18n/*.ftl)에 있는 버튼, 탭, 메뉴의 키를 쓰세요. 예: {"{"}ui:perceptron-step-sample{"}"}.
lesson-problem-network = 신경망을 만들 수 없습니다: { $reason }
lesson-problem-logic-source = "{ $name }"은(는) 입력도 앞쪽 뉴런도 아닙니다.
lesson-problem-not-binary = 비교 실습에는 클래스가 두 개인 데이터만 쓸 수 있습니다.
lesson-problem-over-budget = 모든 단계를 한 번씩 준비하면 점이 { $points }개 만들어집니다(모든 단계의 합). 수업 하나가 만들 수 있는 점은 최대 { $limit }개입니다.
lesson-problem-either-key = `{ $first }`와 `{ $second }` 가운데 하나만 쓰세요.
lesson-problem-inspector-sample = 역전파 살펴보기가 샘플 { $sample }을(를) 추적할 수 없습니다. 이 단계의 데이터에는 점이 { $points }개(0부터 { $last }까지) 있습니다.
lesson-problem-inspector-network = 역전파 살펴보기는 신경망 탭 데이터의 샘플을 추적하는데, 여기까지 신경망 탭을 설정하는 단계가 없습니다. 이 단계나 앞 단계에 [step.setup.data](또는 network, training)를 넣으세요.
lesson-syntax-multiline = 이 """(또는 ''')로 시작한 텍스트가 닫히지 않았습니다. 텍스트의 마지막 줄 뒤에 """를 쓰세요.
lesson-syntax-string = 따옴표로 시작한 텍스트가 그 줄에서 끝나지 않습니다. 따옴표를 닫거나, 여러 줄 텍스트라면 """를 쓰세요.
lesson-syntax-duplicate = `{ $key }`가 두 번 있습니다(또는 같은 [표]를 두 번 열었습니다). 하나만 남기세요.
lesson-syntax-equals = 키 뒤에는 =와 값이 와야 합니다. 예: title = "…".
lesson-syntax-bracket = 이 줄의 [가 ]로 닫히지 않았습니다.
lesson-syntax-brace = {"{"}가 그 줄에서 {"}"}로 닫히지 않았습니다(그 자리에 쓴 표는 시작한 줄에서 끝나야 합니다).
lesson-syntax-comma = 목록(또는 그 자리에 쓴 표)의 두 원소 사이에는 쉼표가 있어야 합니다.
lesson-syntax-other = 여기에 쓴 것을 TOML로 읽을 수 없습니다. 이 줄의 따옴표, 괄호, =를 확인하세요.
lesson-syntax-expected = 여기에 쓴 것을 TOML로 읽을 수 없습니다. 여기에 올 수 있는 것은 { $expected }입니다.
lesson-table-top = 파일 맨 앞
lesson-table-inline = `{ $path }`
lesson-expected-text = 따옴표 안의 텍스트(또는 {"{"} en = "…", ko = "…" {"}"})
lesson-expected-string = 따옴표 안의 텍스트
lesson-expected-number = 수
lesson-expected-whole = 정수
lesson-expected-bool = true 또는 false
lesson-expected-list = 목록 [ … ]
lesson-expected-table = 표 {"{"} … {"}"}
lesson-expected-check = 검사 {"{"} 종류 = … {"}"} 또는 "read"
lesson-expected-answer = 선택지 번호나 그 목록(예: 2 또는 [0, 2])
lesson-expected-name = 따옴표 안의 이름
lesson-found-string = 텍스트
lesson-found-integer = 정수
lesson-found-float = 소수
lesson-found-bool = true 또는 false
lesson-found-datetime = 날짜
lesson-found-list = 목록
lesson-found-table = 표
lesson-allowed-above-zero = 0보다 큰 수
lesson-allowed-zero-or-more = 0 이상의 수(입력한 답이 값에서 벗어나도 되는 만큼)
lesson-allowed-at-most = { $max } 이하
lesson-allowed-between = { $min }에서 { $max } 사이
lesson-allowed-activations = 은닉 층마다 활성화 함수 하나
lesson-allowed-folder = 수업 폴더나 그 아래의 파일 이름(..이나 절대 경로는 안 됨)
lesson-image-io = 읽을 수 없습니다. { $reason }
lesson-image-too-large = { $bytes }바이트입니다. 그림은 { $limit }바이트까지입니다
lesson-image-not-image = PNG나 GIF 그림이 아닙니다
lesson-image-pixels = { $width } × { $height } 픽셀입니다. 그림은 가로세로 { $max } 픽셀까지입니다
lesson-shape-layers = 은닉 층
lesson-shape-neurons = 은닉 뉴런
lesson-impossible-percent = 정확도는 0에서 1 사이의 비율이므로 { $bound } 이상이 될 수 없습니다. { $hint }을(를) 뜻했나요?
lesson-impossible-accuracy-above = 정확도는 0에서 1 사이의 비율이므로 { $bound }보다 클 수 없습니다.
lesson-impossible-accuracy-below = 정확도는 0에서 1 사이의 비율이므로 0보다 작을 수 없습니다.
lesson-impossible-loss = 손실은 0보다 작을 수 없으므로 이 목표는 결코 이룰 수 없습니다.
lesson-impossible-beyond-any-network = 층 { $layer }을(를) 가진 신경망은 없습니다. 층은 0부터 세며, 신경망은 은닉 층 최대 { $last }개와 출력 층을 가집니다(층 0부터 { $last }까지).
lesson-impossible-layer = 층 { $layer }은(는) 없습니다. 신경망의 층은 { $layers }개이고(0부터 세며 출력 층이 마지막), 이 단계는 신경망 모양을 잠급니다.
lesson-impossible-weight = 층 { $layer }에는 입력(W의 행) { $inputs }개와 뉴런(열) { $neurons }개가 있고(0부터 셉니다), 이 단계는 신경망 모양을 잠급니다.
lesson-impossible-too-big = { $what }을(를) 그만큼 가진 신경망은 없습니다. 최대 { $max }입니다.
lesson-impossible-shape-locked = 이 단계는 { $what } { $now }개인 신경망을 만들고 모양을 잠그므로 이 목표는 결코 이룰 수 없습니다. `network`(또는 `hidden`)의 잠금을 풀거나 [step.setup.network]를 바꾸세요.
lesson-impossible-setting-range = { $setting ->
    [hidden] 창에서 신경망의 은닉 층은 { $layers }개까지이고 층마다 뉴런이 { $min }개에서 { $max }개까지이므로, 학습자가 이 너비를 만들 수 없습니다.
   *[other] 창에서 `{ $setting }`는 { $min }부터 { $max }까지이므로, 학습자가 고를 수 있는 값 가운데 이 경계를 만족하는 것이 없습니다.
}
lesson-impossible-setting-locked = 이 단계는 `{ $setting }`를 목표에 맞지 않는 값으로 잠급니다. 잠금을 풀거나 목표에 맞는 값으로 준비하세요.
lesson-impossible-needs-training = 이 목표에는 훈련이 필요한데, 이 단계는 재생, 한 스텝, 에포크 한 번을 모두 잠급니다. `run`(또는 `play`, `step`, `step_epoch` 가운데 하나)의 잠금을 푸세요.
lesson-impossible-nothing-to-watch = 지켜볼 것이 없습니다. `by`는 0보다 커야 하고, `within_epochs`와 `for_epochs`는 1 이상이어야 합니다.
lesson-impossible-met-at-start = 이 목표는 단계가 열릴 때 이미 이루어져 있어서, 학습자가 아무것도 하지 않아도 단계가 통과됩니다. 학습자가 바꿔야 하는 것을 요구하세요. 할 일이 없는 단계라면 goal = "read"로 쓰세요.

## nnlab lesson run

lesson-actions-json = 동작 파일이 JSON이 아닙니다: { $line }행 { $column }열.
lesson-actions-not-list = 동작 파일은 JSON 목록이어야 합니다: [ {"{"}"train": 100{"}"}, … ].
lesson-actions-unknown = 동작 { $index }은(는) 다음 가운데 하나를 가진 객체여야 합니다: { $names }.
lesson-actions-bad-value = 동작 { $index }: { $name ->
    [set] `set`에는 설정 하나와 그 값을 씁니다. 예: {"{"}"set": {"{"}"learning_rate": 0.1{"}"}{"}"}.
    [train] `train`에는 100000 이하의 에포크 수(정수)를 씁니다. 예: {"{"}"train": 200{"}"}.
    [compare] `compare`에는 100000 이하의 라운드 수(정수)나 "round"를 씁니다. 예: {"{"}"compare": 20{"}"}, {"{"}"compare": "round"{"}"}.
    [answer] `answer`에는 선택지 번호나 수를 씁니다. 예: {"{"}"answer": 2{"}"}, {"{"}"answer": 0.25{"}"}.
    [reset] `reset`은 {"{"}"reset": true{"}"}로 씁니다.
    [next] `next`는 {"{"}"next": true{"}"}로 씁니다.
    [perceptron] `perceptron`에는 "sample", "epoch", "run" 가운데 하나를 씁니다. 예: {"{"}"perceptron": "sample"{"}"}.
    [logic] `logic`은 {"{"}"logic": {"{"}"neuron": "C", "threshold": 2{"}"}{"}"}나 {"{"}"logic": {"{"}"neuron": "C", "line": "A", "kind": "inhibitory"{"}"}{"}"}처럼 씁니다(kind: excitatory, inhibitory, none).
    [bias] `bias`는 {"{"}"bias": {"{"}"layer": 0, "neuron": 0, "value": -1.5{"}"}{"}"}처럼 씁니다.
    [weight] `weight`는 {"{"}"weight": {"{"}"layer": 0, "input": 1, "neuron": 0, "value": 2{"}"}{"}"}처럼 씁니다.
    [inspect] `inspect`는 {"{"}"inspect": {"{"}"sample": 1, "stage": "update"{"}"}{"}"}처럼 씁니다(stage: forward, loss, backward, gradients, update).
    [neuron] `neuron`은 {"{"}"neuron": {"{"}"input": "B", "fire_at_ms": 10{"}"}{"}"}, {"{"}"neuron": {"{"}"fire": "A"{"}"}{"}"}, {"{"}"neuron": {"{"}"run_ms": 160{"}"}{"}"}(10000 ms 이하)처럼 씁니다.
   *[other] `{ $name }`에 이 값을 쓸 수 없습니다(수업 README 참고).
}
lesson-actions-unknown-setting = 동작 { $index }: "{ $name }"이라는 설정은 없습니다. 설정: { $names }.
lesson-run-refused = 동작 { $index }은(는) 아무것도 하지 않았습니다: { $reason }
lesson-run-step = 단계 { $step }: { $result }
lesson-run-passed = 동작 { $action } 뒤에 통과
lesson-run-not-passed = 통과하지 못함
lesson-refused-locked = 이 단계는 `{ $control }`를 잠급니다.
lesson-refused-not-passed = 다음으로 넘어가기는 읽기 단계나 통과한 단계에서만 됩니다.
lesson-refused-no-question = 이 단계에는 질문이 없습니다.
lesson-refused-no-network = 아직 어떤 단계도 신경망 탭을 준비하지 않았습니다.
lesson-refused-no-generator = 신경망 탭이 파일의 데이터를 보여 주고 있어 생성기가 없습니다.
lesson-refused-training = { $reason }
lesson-refused-unknown-name = 논리 실습에 "{ $name }"이라는 입력이나 뉴런이 없습니다.
lesson-refused-unknown-input = 뉴런 실습에 "{ $name }"이라는 입력이 없습니다.
lesson-refused-inspect = 역전파 살펴보기가 이 샘플을 추적할 수 없습니다: { $reason }
lesson-refused-complete = 수업을 이미 마쳤습니다.
lesson-refused-answer-first = 이 단계는 먼저 질문을 합니다. 답한 다음에 훈련하거나, 한 스텝씩 진행하거나, 역전파 살펴보기의 과정을 넘겨 보며 맞았는지 확인하세요.
lesson-refused-kind = 이 설정에 쓸 수 있는 것은 { $kind }입니다.
lesson-refused-kind-widths = 은닉 층 너비의 목록(예: [4, 2])
lesson-refused-kind-features = 특성 이름의 목록(예: ["x1", "x2"])
lesson-refused-range = 이 조절은 { $min }부터 { $max }까지입니다.
lesson-refused-name = "{ $name }"은(는) 다음 가운데 하나가 아닙니다: { $names }.
cli-about-lesson-run = 창 없이, JSON 파일에 적은 학습자의 동작으로 수업을 진행
cli-lesson-run-actions = 학습자의 동작을 적은 JSON 목록(수업 README 참고)
cli-lesson-run-json = 마지막 줄에 {"{"}"ok": true|false, "steps": [{"{"}"step", "passed", "after_action"{"}"}, …]{"}"}를 출력
cli-lesson-run-failed = 단계 { $steps }개 가운데 { $passed }개 통과
cli-lesson-run-actions-file = { $file }: { $error }

## 수업 패널: 시간에 따른 목표, 설정, 질문, 그림

lesson-goal-then-first = 먼저: { $check }
lesson-goal-then-next = 그다음: { $check }
lesson-goal-then = 이 순서대로: { $parts } ({ $count }개 가운데 { $done }개 완료)
lesson-goal-ever = 어느 순간에: { $check }
lesson-goal-not = 아님: { $check }
lesson-goal-held = { $check }, { $epochs } 에포크 연속 (지금까지 { $held } 에포크 유지)
lesson-goal-diverged = 훈련이 발산함 (손실이나 가중치가 유한한 수가 아니게 됨)
lesson-goal-rose = { $figure }이(가) { $epochs } 에포크 안에 { $by } 이상 오름 (지금까지 가장 크게 오른 값: { $largest })
lesson-goal-has = { $feature } 포함
lesson-goal-setting = { $setting } { $condition }{ $now }
lesson-goal-answer-number = 정답에 충분히 가까운 수
lesson-goal-read = 이 단계를 읽고 다음을 누르기
lesson-setting-generator = 데이터셋
lesson-setting-points = 점 개수
lesson-setting-noise = 잡음
lesson-setting-classes = 클래스 개수
lesson-setting-test-ratio = 테스트 비율
lesson-setting-features = 입력 특성
lesson-setting-hidden = 은닉 층 너비
lesson-setting-activation = 활성화 함수
lesson-setting-optimizer = 옵티마이저
lesson-setting-learning-rate = 학습률 η
lesson-setting-batch-size = 배치 크기
lesson-setting-loss = 손실
lesson-setting-l1 = L1 비율
lesson-setting-l2 = L2 비율
lesson-setting-seed = 시드
lesson-setting-perceptron-data = 퍼셉트론 실습의 데이터
lesson-setting-step-function = 퍼셉트론의 계단 함수
lesson-setting-perceptron-learning-rate = 퍼셉트론의 η
lesson-setting-compare-data = 비교 실습의 데이터
lesson-setting-compare-learning-rate = 로지스틱 회귀의 η
lesson-setting-neuron-mode = 뉴런 실습의 입력 발화 방식
lesson-setting-neuron-tau = 뉴런의 막 시간 상수 τ
lesson-setting-neuron-threshold = 뉴런의 임곗값 θ
lesson-setting-neuron-refractory = 뉴런의 불응기 t_ref
lesson-setting-neuron-window = 매컬록–피츠 뉴런의 시간 창
lesson-setting-neuron-plasticity = 헤브의 규칙
lesson-setting-neuron-hebb-rate = 헤브의 규칙의 학습률 η
lesson-pick-again = 이 답은 아닙니다. 까닭을 읽고 다른 답을 고르세요.
lesson-number-label = 내 답:
lesson-number-hint = 예: 0.25
lesson-number-hover = 답을 수로 입력하세요 (0.25 또는 0,25)
lesson-number-answer = 답하기
lesson-number-answer-hover = 이 수를 답으로 냅니다 (Enter도 같음)
lesson-number-invalid = 아직 수가 아닙니다
lesson-number-given = 내 답: { $value }
lesson-number-again = 아직 충분히 가깝지 않습니다. 다시 계산해서 다른 수를 내세요.
lesson-image-hover = 수업 파일의 그림 ({ $file })
lesson-read-done = 마침
lesson-read-done-hover = 마지막 단계를 읽었습니다. 수업을 마칩니다
lesson-read-next-hover = 이 단계를 읽었습니다. 다음 단계로 넘어갑니다
